using CsCheck;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Rendering;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// The renderer's markup and the importer's reading of it are inverses: a plain text written with its links and bold
/// (<see cref="TextMarkup"/>) reads back (<see cref="ListText"/>) as the same text with the same links, whatever
/// characters it holds. Texts are drawn from the characters markdown gives a meaning to.
/// </summary>
public sealed class TextMarkupRoundTripTests
{
    private static readonly string[] Pieces =
    [
        "a", "b", "7b", "1.5T", "トークン", "日本語", " ", "\n", "*", "**", "_", "__", "[", "]", "(", ")", "](", "<", "<br>", ">", "&", "&amp;", "&#x2011;",
        "\\", "`", "|", "!", "#", "-", "~", "https://example.org/x", "javascript:", "\u2011", "[^note]", "ja_cc",
    ];

    private static Gen<string> Text => Gen.OneOf(Pieces).Array[1, 24].Select(Folded);

    [Fact]
    public void A_written_text_reads_back_as_the_same_plain_text_and_links()
    {
        Gen.Select(Text, Gen.Int[0, 100], Gen.Int[1, 12], Gen.Bool).Sample((text, at, length, bold) =>
        {
            var phrase = Phrase(text, at, length);
            var links = phrase is null || bold ? new List<TextLink>() : [new TextLink("training_data", phrase, "https://example.org/p")];
            var markdown = TextMarkup.Write(text, links, bold && phrase is not null ? [phrase] : null);
            var read = ListText.Read(markdown);
            Assert.True(text == read.Plain, $"{Show(text)} was written {Show(markdown)} and read {Show(read.Plain)}");
            Assert.All(links, link => Assert.Contains((link.Text, link.Url), read.Links));
        }, iter: 3000);
    }

    /// <summary>A phrase of the text to link or bold: a stretch with no line break and no part of a footnote marker, trimmed, or null.</summary>
    private static string? Phrase(string text, int at, int length)
    {
        var start = at % Math.Max(1, text.Length);
        var end = Math.Min(start + length, text.Length);
        var inMarker = System.Text.RegularExpressions.Regex.Matches(text, @"\[\^[^\]\s]+\]").Any(marker => start < marker.Index + marker.Length && marker.Index < end);
        var candidate = text[start..end].Trim();
        return candidate.Length == 0 || candidate.Contains('\n') || inMarker ? null : candidate;
    }

    /// <summary>A text as the catalog stores it: lines trimmed, runs of spaces single, no empty line.</summary>
    private static string Folded(string[] pieces) =>
        string.Join("\n", string.Concat(pieces).Split('\n').Select(line => string.Join(" ", line.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(line => line.Length > 0));

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
