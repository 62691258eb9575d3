using System.Text;

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
        if (cell.IndexOfAny(CellBreakers) < 0)
        {
            return cell;
        }

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

    /// <summary>A value inside a double-quoted HTML attribute (an anchor id); brackets too, so no footnote marker is read there.</summary>
    public static string Attribute(string value) =>
        OneLine(value).Replace("&", "&amp;").Replace("\"", "&quot;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("[", "&#91;").Replace("]", "&#93;");

    private static readonly char[] CellBreakers = { '|', '\r', '\n' };

    private static readonly char[] LineEndings = { '\r', '\n' };
}
