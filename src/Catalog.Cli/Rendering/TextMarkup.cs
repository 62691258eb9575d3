using System.Collections.Generic;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Markdown;

namespace JapaneseLlm.Catalog.Cli.Rendering;

/// <summary>
/// Writes a catalog text (plain, lines separated by line feeds) as the list's inline markdown: the first occurrence
/// of each linked phrase becomes <c>[phrase](url)</c>, each emphasized phrase <c>**phrase**</c>, and the characters
/// that would otherwise read as markup are escaped, and line feeds become <c>&lt;br&gt;</c>. The reverse of
/// <see cref="ListText.Read"/>.
/// </summary>
internal static class TextMarkup
{
    /// <summary>The text as markdown; only the links of <paramref name="field"/> apply.</summary>
    public static string Write(string? text, CatalogEntry entry, string field, IEnumerable<string>? emphasized = null) =>
        Write(text, entry.Links.Where(link => link.Field == field).ToList(), emphasized);

    public static string Write(string? text, IReadOnlyList<TextLink>? links = null, IEnumerable<string>? emphasized = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // A footnote marker ([^id]) is the catalog's reference to a footnote, which the renderer numbers: kept as it is.
        var markers = InlineSyntax.MarkerRanges(text!);
        var linked = LinkRanges(text!, links ?? System.Array.Empty<TextLink>(), markers);
        var bold = BoldRanges(text!, emphasized ?? Enumerable.Empty<string>(), linked, markers);
        var escapeStars = text!.Count(character => character == '*') > 1;
        var escapeBrackets = text.Contains("](");
        var output = new StringBuilder(text.Length + 16);
        for (var index = 0; index <= text.Length; index++)
        {
            foreach (var range in bold.Where(range => range.End == index))
            {
                output.Append("**");
            }

            foreach (var range in linked.Where(range => range.End == index))
            {
                output.Append("](").Append(MarkdownEscaping.LinkDestination(range.Url)).Append(')');
            }

            if (index == text.Length)
            {
                break;
            }

            foreach (var range in linked.Where(range => range.Start == index))
            {
                output.Append('[');
            }

            foreach (var range in bold.Where(range => range.Start == index))
            {
                output.Append("**");
            }

            var inLink = linked.Any(range => range.Start <= index && index < range.End);
            var inMarker = markers.Any(marker => marker.Start <= index && index < marker.End);
            AppendEscaped(output, text, index, escapeStars, (escapeBrackets || inLink) && !inMarker);
        }

        return output.ToString();
    }

    private static readonly System.Text.RegularExpressions.Regex EntityLike = new(@"\G&#?[A-Za-z0-9]{1,32};", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static void AppendEscaped(StringBuilder output, string text, int index, bool escapeStars, bool escapeBrackets)
    {
        var character = text[index];
        var next = index + 1 < text.Length ? text[index + 1] : '\0';
        switch (character)
        {
            case '*' when escapeStars:
            case '[' or ']' when escapeBrackets:
            case '\\':
            case '`':
            case '_' when !IsIntraword(text, index):
                output.Append('\\').Append(character);
                break;
            case '\r' when next == '\n':
                break;
            case '<' when char.IsLetter(next) || next is '/' or '!' or '?':
                output.Append("&lt;");
                break;
            case '&' when EntityLike.IsMatch(text, index):
                output.Append("&amp;");
                break;
            case '\n':
                output.Append(InlineSyntax.LineBreak);
                break;
            case '\r':
                output.Append(InlineSyntax.LineBreak);
                break;
            case '\u2011':
                // The list writes the non-breaking hyphen as a reference: it looks like '-' in an editor.
                output.Append("&#x2011;");
                break;
            default:
                output.Append(character);
                break;
        }
    }

    /// <summary>The first occurrence of each link's phrase that no earlier link took and no footnote marker holds.</summary>
    private static List<(int Start, int End, string Url)> LinkRanges(string text, IReadOnlyList<TextLink> links, List<(int Start, int End)> markers)
    {
        var ranges = new List<(int Start, int End, string Url)>();
        foreach (var link in links.Where(link => link.IsAnchor || SafeLinks.IsSafe(link.Url)))
        {
            for (var start = text.IndexOf(link.Text, System.StringComparison.Ordinal); start >= 0; start = text.IndexOf(link.Text, start + 1, System.StringComparison.Ordinal))
            {
                var end = start + link.Text.Length;
                if (!ranges.Any(range => start < range.End && range.Start < end) && !markers.Any(marker => start < marker.End && marker.Start < end))
                {
                    ranges.Add((start, end, link.Url));
                    break;
                }
            }
        }

        return ranges;
    }

    /// <summary>
    /// For a phrase given n times, its last n occurrences (an amount follows what it measures: "Shisa 7B … (計 7B トークン)"),
    /// longest phrases first, none overlapping another or crossing a link's edge.
    /// </summary>
    private static List<(int Start, int End)> BoldRanges(string text, IEnumerable<string> phrases, List<(int Start, int End, string Url)> links, List<(int Start, int End)> markers)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var group in phrases.Where(phrase => phrase.Length > 0).GroupBy(phrase => phrase).OrderByDescending(group => group.Key.Length).ThenBy(group => group.Key, System.StringComparer.Ordinal))
        {
            var phrase = group.Key;
            var wanted = group.Count();
            for (var start = text.LastIndexOf(phrase, System.StringComparison.Ordinal); start >= 0 && wanted > 0; start = start == 0 ? -1 : text.LastIndexOf(phrase, start - 1, System.StringComparison.Ordinal))
            {
                var end = start + phrase.Length;
                var crossesLink = links.Any(link => (start < link.Start && link.Start < end) || (start < link.End && link.End < end));
                var inMarker = markers.Any(marker => start < marker.End && marker.Start < end);
                if (!crossesLink && !inMarker && !ranges.Any(range => start < range.End && range.Start < end) && IsWordEdge(text, start, end))
                {
                    ranges.Add((start, end));
                    wanted--;
                }
            }
        }

        return ranges;
    }

    // "1T" in "11T" or "7b" in "17b" is not the amount or the size.
    private static bool IsWordEdge(string text, int start, int end) =>
        (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1]) || !char.IsAsciiLetterOrDigit(text[start]))
        && (end == text.Length || !char.IsAsciiLetterOrDigit(text[end]) || !char.IsAsciiLetterOrDigit(text[end - 1]));

    // "ja_warp_html": an underscore between letters or digits opens no emphasis, so the list's names keep it unescaped.
    private static bool IsIntraword(string text, int index) =>
        index > 0 && index + 1 < text.Length && char.IsLetterOrDigit(text[index - 1]) && char.IsLetterOrDigit(text[index + 1]);
}
