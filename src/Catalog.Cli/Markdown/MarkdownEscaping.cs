using System.Text;
using System.Text.RegularExpressions;

namespace JapaneseLlm.Catalog.Cli.Markdown;

/// <summary>
/// Keeps a value inside the markdown construct it is written into. Texts are the list's inline markdown (links,
/// bold, <c>&lt;br&gt;</c> are meant), so they are not escaped as a whole; only what would end the construct is:
/// a pipe or a line break ends a table cell, a line break ends a heading, a parenthesis or a bracket ends a link
/// destination (issue 17). Checked by parsing the output back with Markdig (RenderRoundTripTests).
/// </summary>
internal static class MarkdownEscaping
{
    /// <summary>A cell on one line of its row: line breaks become <c>&lt;br&gt;</c>, as the list writes them, and pipes are escaped.</summary>
    public static string TableCell(string cell)
    {
        // Markdig reads raw HTML and code spans before it splits the row into cells, so a comment, tag or backtick run
        // opened in a cell could swallow the pipes after it (found by OutputRoundTripTests: '<!--', '<!tag', '`'); the
        // list's cells hold only closed tags (<br>) and closed code spans.
        var oneLine = cell.IndexOfAny(CellBreakers) < 0 ? cell : OneRow(cell);
        return EscapeUnclosedBackticks(UnclosedHtml.Replace(oneLine, "&lt;"));
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

        var builder = new StringBuilder(cell.Length + 4);
        var index = 0;
        while (index < cell.Length)
        {
            if (cell[index] != '`' || (index > 0 && cell[index - 1] == '\\'))
            {
                builder.Append(cell[index++]);
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
                builder.Insert(builder.Length, "\\`", length);
                index += length;
                continue;
            }

            builder.Append(cell, index, closing + length - index);
            index = closing + length;
        }

        return builder.ToString();
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

    /// <summary>Link text whose last backslash escapes nothing: doubled, so it cannot escape the closing bracket.</summary>
    public static string LinkText(string text)
    {
        var trailing = text.Length - text.TrimEnd('\\').Length;
        return trailing % 2 == 1 ? text + "\\" : text;
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
}
