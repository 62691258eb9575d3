using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Rules;

namespace JapaneseLlm.Catalog.Cli.Markdown;

/// <summary>
/// Keeps a value inside the markdown construct it is written into. A cell is markdown already (catalog texts are written
/// by <see cref="Rendering.TextMarkup"/>, which escapes them; the list's own text of an unmodelled column goes through
/// <see cref="Inert"/>), so it is not escaped as a whole; only what would end the construct is:
/// a pipe or a line break ends a table cell, a line break ends a heading, a parenthesis or a bracket ends a link
/// destination (issue 17). Checked by parsing the output back with Markdig (RenderRoundTripTests).
/// </summary>
internal static class MarkdownEscaping
{
    private const string MarkdownPunctuation = "\\`*_{}[]()#+-.!|~>&:\"'";

    /// <summary>
    /// The text as written, unless it links somewhere a reader must not be sent (<c>javascript:</c>, <c>data:</c>,
    /// also spelt with character references or as an autolink, a reference definition or an HTML attribute; the
    /// test is JLLM0214's): then every markdown character in it is escaped, so it shows as the plain text it is and
    /// makes no link at all. The writers' callers name such texts and exit 1.
    /// </summary>
    public static string Inert(string text)
    {
        if (!InlineLinks.Targets(text).Any(target => InlineLinks.Problem(target) is not null))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length * 2);
        foreach (var character in text)
        {
            if (character == '<')
            {
                builder.Append("&lt;");
            }
            else if (MarkdownPunctuation.IndexOf(character) >= 0)
            {
                builder.Append('\\').Append(character);
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    /// <summary>A cell on one line of its row: line breaks become <c>&lt;br&gt;</c>, as the list writes them, and pipes are escaped.</summary>
    public static string TableCell(string cell)
    {
        // Markdig reads raw HTML and code spans before it splits the row into cells, so a comment, tag or backtick run
        // opened in a cell could swallow the pipes after it (found by OutputRoundTripTests: '<!--', '<!tag', '`'); the
        // list's cells hold only closed tags (<br>) and closed code spans.
        var oneLine = cell.IndexOfAny(CellBreakers) < 0 ? cell : OneRow(cell);
        return EscapeUnclosedBackticks(EscapeUnclosedHtml(oneLine));
    }

    private static string OneRow(string cell)
    {
        var builder = new StringBuilder(cell.Length + 8);
        var backslashes = 0;
        for (var index = 0; index < cell.Length; index++)
        {
            var character = cell[index];
            switch (character)
            {
                case '\r' when index + 1 < cell.Length && cell[index + 1] == '\n':
                    break;
                case '\r' or '\n':
                    builder.Append(InlineSyntax.LineBreak);
                    break;
                case '|':
                    // A pipe already escaped by an odd run of backslashes stays as written.
                    builder.Append(backslashes % 2 == 0 ? "\\|" : "|");
                    break;
                default:
                    builder.Append(character);
                    break;
            }

            backslashes = character == '\\' ? backslashes + 1 : 0;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Markdig reads code spans before it splits a row, so a backtick run with no closing run in its own cell would pair
    /// with one in a later cell and swallow the pipes between (found by OutputRoundTripTests): such a run is escaped.
    /// </summary>
    private static string EscapeUnclosedBackticks(string cell)
    {
        if (cell.IndexOf('`') < 0)
        {
            return cell;
        }

        var spans = CodeSpans(cell);
        var builder = new StringBuilder(cell.Length + 4);
        var index = 0;
        var next = 0;
        while (index < cell.Length)
        {
            if (next < spans.Count && spans[next].Start == index)
            {
                builder.Append(cell, index, spans[next].End - index);
                index = spans[next++].End;
            }
            else if (cell[index] == '`' && (index == 0 || cell[index - 1] != '\\'))
            {
                builder.Append("\\`");
                index++;
            }
            else
            {
                builder.Append(cell[index++]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A <c>&lt;</c> that opens a comment or is never closed in its cell is written <c>&amp;lt;</c>, since Markdig reads raw
    /// HTML before it splits a row; inside a code span it is already literal and stays as written (found by
    /// OutputRoundTripTests: <c>`w&lt;`</c> read as <c>w&amp;lt;</c>).
    /// </summary>
    private static string EscapeUnclosedHtml(string cell)
    {
        if (cell.IndexOf('<') < 0)
        {
            return cell;
        }

        var spans = CodeSpans(cell);
        return UnclosedHtml.Replace(cell, match => spans.Any(span => match.Index > span.Start && match.Index < span.End) ? match.Value : "&lt;");
    }

    /// <summary>The code spans of a cell, as [start, end) ranges that include their backtick runs, in order.</summary>
    private static List<(int Start, int End)> CodeSpans(string cell)
    {
        var spans = new List<(int Start, int End)>();
        var index = 0;
        while (index < cell.Length)
        {
            if (cell[index] != '`' || (index > 0 && cell[index - 1] == '\\'))
            {
                index++;
                continue;
            }

            var length = 0;
            while (index + length < cell.Length && cell[index + length] == '`')
            {
                length++;
            }

            var closing = ClosingRun(cell, index + length, length);
            if (closing < 0)
            {
                index += length;
                continue;
            }

            spans.Add((index, closing + length));
            index = closing + length;
        }

        return spans;
    }

    /// <summary>Where a run of exactly <paramref name="length"/> backticks starts at or after <paramref name="from"/>, or -1.</summary>
    private static int ClosingRun(string text, int from, int length)
    {
        for (var index = from; index < text.Length; index++)
        {
            if (text[index] != '`')
            {
                continue;
            }

            var end = index;
            while (end < text.Length && text[end] == '`')
            {
                end++;
            }

            if (end - index == length)
            {
                return index;
            }

            index = end - 1;
        }

        return -1;
    }

    /// <summary>
    /// Link text that stays inside its brackets: a bracket with no partner in the text is escaped, since it would end
    /// the link text early or open one that swallows the cell's pipes (found by OutputRoundTripTests: a name holding
    /// <c>]</c>); a last backslash that escapes nothing is doubled, so it cannot escape the closing bracket.
    /// </summary>
    public static string LinkText(string text)
    {
        var balanced = text.IndexOfAny(Brackets) < 0 ? text : EscapeUnpairedBrackets(text);
        var trailing = balanced.Length - balanced.TrimEnd('\\').Length;
        return trailing % 2 == 1 ? balanced + "\\" : balanced;
    }

    private static string EscapeUnpairedBrackets(string text)
    {
        var unpaired = new HashSet<int>();
        var open = new Stack<int>();
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\\')
            {
                index++;
                continue;
            }

            if (text[index] == '[')
            {
                open.Push(index);
            }
            else if (text[index] == ']' && open.Count > 0)
            {
                open.Pop();
            }
            else if (text[index] == ']')
            {
                unpaired.Add(index);
            }
        }

        unpaired.UnionWith(open);
        if (unpaired.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + unpaired.Count);
        for (var index = 0; index < text.Length; index++)
        {
            builder.Append(unpaired.Contains(index) ? "\\" : string.Empty).Append(text[index]);
        }

        return builder.ToString();
    }

    /// <summary>Text on one line, for a heading or a footnote definition: a line break there would start a new block.</summary>
    public static string OneLine(string text) => text.IndexOfAny(LineEndings) < 0 ? text : text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>
    /// A URL as a link destination that ends where the URL ends: parentheses and backslashes are backslash-escaped
    /// (CommonMark reads them back as written); brackets, pipes, angle brackets, quotes, backticks, spaces and controls
    /// are percent-encoded, as a browser sends them, so no footnote marker, table cell or HTML can start inside.
    /// </summary>
    public static string LinkDestination(string url)
    {
        var builder = new StringBuilder(url.Length + 8);
        foreach (var character in url)
        {
            switch (character)
            {
                case '(' or ')' or '\\':
                    builder.Append('\\').Append(character);
                    break;
                case '[' or ']' or '|' or '<' or '>' or '"' or '`' or <= ' ' or '\u007F':
                    foreach (var octet in Encoding.UTF8.GetBytes(character.ToString()))
                    {
                        builder.Append('%').Append(octet.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    break;
                default:
                    builder.Append(character);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Plain text at the start of a line's content (an llms.txt list item): a leading character that would open a block
    /// there (a heading, a quote, a nested list, a fence) is backslash-escaped (found by OutputRoundTripTests).
    /// </summary>
    public static string LineStart(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        var ordered = 0;
        while (ordered < trimmed.Length && char.IsAsciiDigit(trimmed[ordered]))
        {
            ordered++;
        }

        if (ordered > 0 && ordered < trimmed.Length && trimmed[ordered] is '.' or ')')
        {
            return trimmed.Substring(0, ordered) + "\\" + trimmed.Substring(ordered);
        }

        return trimmed[0] is '#' or '>' or '-' or '+' or '*' or '=' or '`' or '~' or '|' or '<' ? "\\" + trimmed : trimmed;
    }

    /// <summary>A value inside a double-quoted HTML attribute (an anchor id); brackets too, so no footnote marker is read there.</summary>
    public static string Attribute(string value) =>
        OneLine(value).Replace("&", "&amp;").Replace("\"", "&quot;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("[", "&#91;").Replace("]", "&#93;");

    /// <summary>A '&lt;' that opens a comment (shown as text: a pipe inside one is read differently by GitHub and Markdig), or that no '&gt;' follows in its cell: raw HTML that could only close in a later cell.</summary>
    private static readonly Regex UnclosedHtml = new(@"(?<!\\)<(?=!--|[^>]*\z)", RegexOptions.CultureInvariant);

    private static readonly char[] CellBreakers = { '|', '\r', '\n' };

    private static readonly char[] LineEndings = { '\r', '\n' };

    private static readonly char[] Brackets = { '[', ']' };
}
