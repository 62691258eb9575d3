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
        end = start;
        if (start >= text.Length || text[start] != '[' || (start + 1 < text.Length && text[start + 1] == '^'))
        {
            return false;
        }

        var close = Closing(text, start, '[', ']');
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != '(')
        {
            return false;
        }

        var urlClose = Closing(text, close + 1, '(', ')');
        if (urlClose < 0)
        {
            return false;
        }

        linkText = text.Substring(start + 1, close - start - 1);
        url = text.Substring(close + 2, urlClose - close - 2);
        end = urlClose + 1;
        return true;
    }

    /// <summary>The index of the delimiter that closes the one at <paramref name="open"/>, or -1.</summary>
    private static int Closing(string text, int open, char opening, char closing)
    {
        var depth = 0;
        for (var index = open; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '\\')
            {
                index++;
            }
            else if (character == opening)
            {
                depth++;
            }
            else if (character == closing && --depth == 0)
            {
                return index;
            }
        }

        return -1;
    }
}
