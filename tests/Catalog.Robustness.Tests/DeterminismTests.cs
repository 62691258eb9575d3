using CsCheck;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Validation;
using JapaneseLlm.Catalog.Robustness.Support;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// The same YAML gives the same bytes and the same diagnostics under the invariant, ja-JP, fr-FR and tr-TR
/// cultures and in any order of the additional files, for the hostile corpus and for random catalogs.
/// </summary>
public sealed class DeterminismTests
{
    public static TheoryData<string> Cultures() => ["", "ja-JP", "fr-FR", "tr-TR"];

    private static readonly Lazy<Outcome> CorpusUnderInvariantCulture = new(() => OutcomeUnder("", HostileCorpus.All));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_hostile_corpus_gives_the_same_output_under_any_culture_and_file_order(string culture)
    {
        var shuffled = Shuffle(HostileCorpus.All, seed: culture.Length + 1);
        Assert.Equal(CorpusUnderInvariantCulture.Value, OutcomeUnder(culture, shuffled));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Random_catalogs_give_the_same_output_under_any_culture_and_file_order(string culture) =>
        RandomCatalog.Gen(models: 10).Sample(
            catalog =>
            {
                var files = catalog.ToFiles();
                Assert.Equal(OutcomeUnder("", files), OutcomeUnder(culture, Shuffle(files, seed: culture.Length + 1)));
            },
            iter: 3,
            threads: 1);

    private static Outcome OutcomeUnder(string culture, IReadOnlyList<AdditionalText> files)
    {
        using var scope = new CultureScope(culture);
        var sources = GeneratorHarness.Run(files).AllSources();
        var parsed = files.Select(file => CatalogParser.Parse(file.Path, file.GetText()!.ToString())).ToList();
        var diagnostics = parsed.SelectMany(file => file.Diagnostics)
            .Concat(CatalogValidator.Validate(parsed).Diagnostics)
            .Select(diagnostic => diagnostic.ToCanonicalString(diagnostic.Path))
            .Order(StringComparer.Ordinal);
        return new Outcome(sources, string.Join("\n", diagnostics));
    }

    private static List<AdditionalText> Shuffle(IReadOnlyList<AdditionalText> files, int seed)
    {
        var shuffled = files.OrderBy(_ => 0).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        return shuffled;
    }

    /// <summary>What a build produces from the YAML: the generated sources, and every diagnostic as MSBuild prints it.</summary>
    private sealed record Outcome(string Sources, string Diagnostics);
}
