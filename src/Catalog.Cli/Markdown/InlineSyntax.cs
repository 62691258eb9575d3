using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Text;

namespace JapaneseLlm.Catalog.Cli.Markdown;

/// <summary>The inline markdown the list's cells use: links, bold, footnote markers and <c>&lt;br&gt;</c>.</summary>
internal static class InlineSyntax
{
    public const string LineBreak = "<br>";

    private static readonly Regex FootnoteMarker = new(@"\[\^([^\]\s]+)\]", RegexOptions.CultureInvariant);
    private static readonly Regex TrailingMarkers = new(@"(\s*\[\^[^\]\s]+\])+\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex BreakWithSpaces = new(@"\s*<br\s*/?>\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);
    private static readonly Regex SpaceBeforeMarker = new(@"\s+(\[\^[^\]\s]+\])", RegexOptions.CultureInvariant);

    /// <summary>
    /// Folds the whitespace that does not change a rendered cell: runs become one space, and spaces next to
    /// <c>&lt;br&gt;</c> or before a footnote marker go. Cells that fold alike read alike.
    /// </summary>
    public static string Fold(string cell)
    {
        var folded = Whitespace.Replace(cell, " ");
        folded = BreakWithSpaces.Replace(folded, LineBreak);
        folded = SpaceBeforeMarker.Replace(folded, "$1");
        return folded.Trim();
    }

    /// <summary>The labels of all footnote markers in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> MarkerLabels(string text)
    {
        var labels = new List<string>();
        foreach (Match match in FootnoteMarker.Matches(text))
        {
            labels.Add(match.Groups[1].Value);
        }

        return labels;
    }

    /// <summary>Where each footnote marker of <paramref name="text"/> stands, as [start, end) ranges.</summary>
    public static List<(int Start, int End)> MarkerRanges(string text)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (Match match in FootnoteMarker.Matches(text))
        {
            ranges.Add((match.Index, match.Index + match.Length));
        }

        return ranges;
    }

    /// <summary>Rewrites every footnote marker's label.</summary>
    public static string MapMarkers(string text, Func<string, string> map) =>
        FootnoteMarker.Replace(text, match => "[^" + map(match.Groups[1].Value) + "]");

    /// <summary>Splits markers at the very end of a text from what precedes them.</summary>
    public static (string Text, IReadOnlyList<string> Labels) SplitTrailingMarkers(string text)
    {
        var match = TrailingMarkers.Match(text);
        if (!match.Success)
        {
            return (text, Array.Empty<string>());
        }

        return (text.Substring(0, match.Index).TrimEnd(), MarkerLabels(match.Value));
    }

    public static string Marker(string label) => "[^" + label + "]";

    public static string Bold(string text) => "**" + text + "**";

    /// <summary>Reads a link starting at <paramref name="start"/> (a '['); URLs may hold balanced parentheses.</summary>
    public static bool TryReadLink(string text, int start, out MarkdownLink link, out int end)
    {
        var found = MarkdownLinkReader.TryRead(text, start, out var linkText, out var url, out end);
        link = found ? new MarkdownLink(linkText, url) : null!;
        return found;
    }

    /// <summary>The whole text as one link, or null.</summary>
    public static MarkdownLink? WholeLink(string text)
    {
        var trimmed = text.Trim();
        return TryReadLink(trimmed, 0, out var link, out var end) && end == trimmed.Length ? link : null;
    }

    /// <summary>Reads <c>([a](u), [b](u))</c>: links separated by commas inside parentheses, nothing else.</summary>
    public static IReadOnlyList<MarkdownLink>? LinkList(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '(' || trimmed[trimmed.Length - 1] != ')')
        {
            return null;
        }

        var links = new List<MarkdownLink>();
        var position = 1;
        while (true)
        {
            position = SkipSpaces(trimmed, position);
            if (!TryReadLink(trimmed, position, out var link, out var end))
            {
                return null;
            }

            links.Add(link);
            position = SkipSpaces(trimmed, end);
            if (position == trimmed.Length - 1 && trimmed[position] == ')')
            {
                return links;
            }

            if (trimmed[position] != ',')
            {
                return null;
            }

            position++;
        }
    }

    /// <summary>Reads <c>[a](u)&lt;br&gt;[b](v)</c>: two or more whole links, one a line, nothing else; else null.</summary>
    public static IReadOnlyList<MarkdownLink>? LinkLines(string text)
    {
        var lines = BreakWithSpaces.Split(text.Trim());
        var links = lines.Select(WholeLink).OfType<MarkdownLink>().ToList();
        return links.Count > 1 && links.Count == lines.Length ? links : null;
    }

    public static string FormatLinkList(IEnumerable<string> renderedLinks) => "(" + string.Join(", ", renderedLinks) + ")";

    /// <summary>The text a reader sees (<see cref="PlainText"/>) on one line, for keys and look-ups.</summary>
    public static string PlainText(string markdown) => Authoring.Text.PlainText.FromMarkdown(markdown, " ");

    /// <summary>The text up to its first line break (<c>&lt;br&gt;</c> or a line feed): the first of the names a cell lists.</summary>
    public static string FirstLine(string markdown) => BreakWithSpaces.Split(markdown, 2)[0].Split('\n')[0];

    /// <summary>Every link in a text, in order.</summary>
    public static IReadOnlyList<MarkdownLink> Links(string markdown)
    {
        var links = new List<MarkdownLink>();
        for (var position = 0; position < markdown.Length; position++)
        {
            if (TryReadLink(markdown, position, out var link, out var end))
            {
                links.Add(link);
                position = end - 1;
            }
        }

        return links;
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        return position;
    }
}
