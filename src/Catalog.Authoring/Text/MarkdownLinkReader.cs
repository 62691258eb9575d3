namespace JapaneseLlm.Catalog.Authoring.Text;

/// <summary>
/// Reads the list's inline links, <c>[text](url)</c>: brackets and parentheses balance (URLs may hold parentheses),
/// a backslash-escaped bracket does not count, and <c>[^label]</c> is a footnote marker, not a link.
/// </summary>
public static class MarkdownLinkReader
{
    /// <summary>Reads a link starting at <paramref name="start"/> (a '['); <paramref name="end"/> is just past its ')'.</summary>
    public static bool TryRead(string text, int start, out string linkText, out string url, out int end)
    {
        linkText = url = string.Empty;
        if (!TryRead(text, start, new BracketPairs(text), out var close, out end))
        {
            return false;
        }

        linkText = text.Substring(start + 1, close - start - 1);
        url = text.Substring(close + 2, end - close - 3);
        return true;
    }

    /// <summary>
    /// Reads a link starting at <paramref name="start"/> with the text's <paramref name="pairs"/>: its text ends at
    /// <paramref name="close"/> (the ']'), and the link just before <paramref name="end"/>.
    /// </summary>
    public static bool TryRead(string text, int start, BracketPairs pairs, out int close, out int end)
    {
        close = end = -1;
        if (start >= text.Length || text[start] != '[' || (start + 1 < text.Length && text[start + 1] == '^'))
        {
            return false;
        }

        close = pairs.Closing(start);
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != '(' || pairs.Closing(close + 1) is var urlClose && urlClose < 0)
        {
            return false;
        }

        end = urlClose + 1;
        return true;
    }
}
