using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Markdown;

/// <summary>
/// A list cell's text read as the catalog stores it: the plain text a reader sees (<see cref="Authoring.Text.PlainText"/>,
/// lines separated by line feeds), the phrases it links and the phrases it shows in bold. The importer keeps the plain
/// text and turns the links and the bold into structure; <see cref="Rendering.TextMarkup"/> writes the markup back.
/// </summary>
internal sealed record ListText(string Plain, IReadOnlyList<(string Text, string Url)> Links, IReadOnlyList<string> Bold)
{
    private static readonly Regex BoldSpan = new(@"\*\*(?<inner>.+?)\*\*", RegexOptions.CultureInvariant);

    public static ListText Read(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return new ListText("", System.Array.Empty<(string, string)>(), System.Array.Empty<string>());
        }

        var links = InlineSyntax.Links(markdown!)
            .Where(link => !link.Text.StartsWith("^", System.StringComparison.Ordinal))
            .Select(link => (Text: OneLine(link.Text), link.Url))
            .Where(link => link.Text.Length > 0)
            .ToList();
        var bold = BoldSpan.Matches(markdown!).Cast<Match>()
            .Select(match => OneLine(match.Groups["inner"].Value))
            .Where(text => text.Length > 0)
            .ToList();
        // A footnote marker inside the text stays where it stands (the catalog's footnote ids, which the renderer numbers).
        var protectedMarkers = new System.Text.StringBuilder(markdown);
        foreach (var (start, end) in InlineSyntax.MarkerRanges(markdown!))
        {
            protectedMarkers[start] = '\uE000';
            protectedMarkers[start + 1] = '\uE001';
            protectedMarkers[end - 1] = '\uE002';
        }

        var plain = Authoring.Text.PlainText.FromMarkdown(protectedMarkers.ToString()).Replace("\uE000\uE001", "[^").Replace('\uE002', ']');
        return new ListText(plain, links, bold);
    }

    private static string OneLine(string markdown) => Authoring.Text.PlainText.FromMarkdown(markdown, " ");
}
