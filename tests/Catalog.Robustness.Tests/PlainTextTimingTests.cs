using System.Diagnostics;
using System.Globalization;
using JapaneseLlm.Catalog.Authoring.Text;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// The plain-text reduction runs in the generator on every text, so a hostile text must not make it slow or deep:
/// each of these half-megabyte texts (the largest the corpus compiles) reduces within the hostile-input bound of a
/// second. Unbounded look-aheads made the first four quadratic. A sanity bound, not a benchmark.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class PlainTextTimingTests(ITestOutputHelper output)
{
    private const int Length = 512 * 1024;

    public static TheoryData<string, string> HostileTexts() => new()
    {
        { "unclosed brackets", new string('[', Length) },
        { "unclosed links", Repeat("[a](", Length) },
        { "ampersands without semicolons", Repeat("&a", Length) },
        { "nested links", Repeat("[", Length / 8) + "x" + Repeat("](u)", Length / 8) },
        { "escaped brackets", Repeat("[\\]", Length) },
        { "breaks", Repeat("<br   >", Length) },
        { "backticks", Repeat("`a", Length) },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void A_hostile_text_reduces_within_a_second(string name, string text)
    {
        var watch = Stopwatch.StartNew();
        var plain = PlainText.FromMarkdown(text);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {watch.Elapsed.TotalMilliseconds:F1} ms, {plain.Length} characters"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{name} took {watch.Elapsed.TotalMilliseconds} ms");
    }

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length));
}
