using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace JapaneseLlm.Catalog.Authoring.Text;

/// <summary>
/// The text a reader of the list sees in a cell, without its markup: what the runtime's strings and every export
/// hold. The catalog's YAML stores plain text already (the importer reduces the list's cells with this class, and
/// JLLM0224 reports markup written by hand); the generator applies it again so that no markup reaches the runtime.
/// </summary>
/// <remarks>
/// A link becomes its text (its URL is the record's, or its variant's), <c>**bold**</c> its text, a code span its
/// content, a backslash escape the character, a character reference (<c>&amp;#x2011;</c>) the character; footnote
/// markers go (they are attachments, not text). <c>&lt;br&gt;</c> becomes a line feed, and a line feed stays one (a catalog text is plain, its lines separated by line feeds): the list breaks a cell to
/// separate items (names, training stages, base models), and a line keeps them apart without adding a comma or a
/// semicolon that an item may hold itself, so a list of linked names becomes the names one per line. Runs of
/// spaces fold to one and lines are trimmed. Ordinal and culture-free, so the generator's output is the same on
/// any machine.
/// </remarks>
public static class PlainText
{
    /// <summary>The plain text of <paramref name="markdown"/>; its lines joined by <paramref name="lineSeparator"/>.</summary>
    public static string FromMarkdown(string? markdown, string lineSeparator = "\n")
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return string.Empty;
        }

        var lines = new List<string>();
        var line = new StringBuilder(markdown!.Length);
        Reduce(markdown, line, lines);
        lines.Add(Folded(line));
        return Joined(lines, lineSeparator);
    }

    /// <summary>
    /// One pass with no recursion: a link's text is read in place, and the pass jumps past the link's URL when it
    /// reaches the link's ']' (a stack of those, for links in link texts). Every look-ahead stops at the end of the
    /// innermost link text, so a construct never spans a link's boundary, and is bounded, so the pass is linear.
    /// </summary>
    private static void Reduce(string markdown, StringBuilder line, List<string> lines)
    {
        BracketPairs? pairs = null;
        var openLinks = new Stack<(int Close, int End)>();
        for (var index = 0; index < markdown.Length;)
        {
            if (openLinks.Count > 0 && index >= openLinks.Peek().Close)
            {
                index = Math.Max(index, openLinks.Pop().End);
                continue;
            }

            var limit = openLinks.Count > 0 ? openLinks.Peek().Close : markdown.Length;
            var character = markdown[index];
            if (character == '\\' && index + 1 < limit && IsAsciiPunctuation(markdown[index + 1]))
            {
                line.Append(markdown[index + 1]);
                index += 2;
            }
            else if (character == '[' && FootnoteMarkerEnd(markdown, index, limit) is var markerEnd && markerEnd > 0)
            {
                index = markerEnd;
            }
            else if (character == '[' && MarkdownLinkReader.TryRead(markdown, index, pairs ??= new BracketPairs(markdown), out var close, out var linkEnd) && close < limit)
            {
                openLinks.Push((close, linkEnd));
                index++;
            }
            else if (character == '*' && index + 1 < limit && markdown[index + 1] == '*')
            {
                index += 2;
            }
            else if (character == '`' && CodeSpanEnd(markdown, index, limit) is var codeEnd && codeEnd > 0)
            {
                line.Append(markdown, index + 1, codeEnd - index - 2);
                index = codeEnd;
            }
            else if (character == '<' && LineBreakEnd(markdown, index, limit) is var breakEnd && breakEnd > 0)
            {
                lines.Add(Folded(line));
                line.Clear();
                index = breakEnd;
            }
            else if (character == '\n')
            {
                lines.Add(Folded(line));
                line.Clear();
                index++;
            }
            else if (character == '&' && CharacterReferenceEnd(markdown, index, limit) is var referenceEnd && referenceEnd > 0)
            {
                line.Append(WebUtility.HtmlDecode(markdown.Substring(index, referenceEnd - index)));
                index = referenceEnd;
            }
            else
            {
                line.Append(character);
                index++;
            }
        }
    }

    /// <summary>Just past <c>[^label]</c> (a label without spaces) at <paramref name="start"/>, or 0.</summary>
    private static int FootnoteMarkerEnd(string text, int start, int limit)
    {
        if (start + 2 >= limit || text[start + 1] != '^')
        {
            return 0;
        }

        for (var index = start + 2; index < limit; index++)
        {
            if (text[index] == ']')
            {
                return index > start + 2 ? index + 1 : 0;
            }

            if (char.IsWhiteSpace(text[index]) || text[index] == '[')
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>Just past a one-backtick code span at <paramref name="start"/>, or 0.</summary>
    private static int CodeSpanEnd(string text, int start, int limit)
    {
        var close = text.IndexOf('`', start + 1, limit - start - 1);
        return close > start + 1 ? close + 1 : 0;
    }

    /// <summary>Just past <c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c> or <c>&lt;br /&gt;</c> (any case) at <paramref name="start"/>, or 0.</summary>
    private static int LineBreakEnd(string text, int start, int limit)
    {
        if (start + 3 >= limit || (text[start + 1] | 0x20) != 'b' || (text[start + 2] | 0x20) != 'r')
        {
            return 0;
        }

        var index = start + 3;
        while (index < limit && text[index] == ' ')
        {
            index++;
        }

        if (index < limit && text[index] == '/')
        {
            index++;
        }

        return index < limit && text[index] == '>' ? index + 1 : 0;
    }

    /// <summary>Just past <c>&amp;name;</c>, <c>&amp;#123;</c> or <c>&amp;#x1F;</c> at <paramref name="start"/> when HTML knows it, or 0.</summary>
    private static int CharacterReferenceEnd(string text, int start, int limit)
    {
        // The longest HTML entity name has 31 letters (&CounterClockwiseContourIntegral;): looking no further keeps
        // a text of many '&' linear.
        var semicolon = text.IndexOf(';', start + 1, Math.Min(33, limit - start - 1));
        if (semicolon < start + 3)
        {
            return 0;
        }

        for (var index = start + 1; index < semicolon; index++)
        {
            var character = text[index];
            var allowed = (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') || (character >= '0' && character <= '9')
                || (character == '#' && index == start + 1);
            if (!allowed)
            {
                return 0;
            }
        }

        var reference = text.Substring(start, semicolon + 1 - start);
        return WebUtility.HtmlDecode(reference) == reference ? 0 : semicolon + 1;
    }

    /// <summary>The line with every run of white space as one space, trimmed.</summary>
    private static string Folded(StringBuilder line)
    {
        var folded = new StringBuilder(line.Length);
        var pendingSpace = false;
        for (var index = 0; index < line.Length; index++)
        {
            var character = line[index];
            if (character == ' ' || character == '\t' || character == '\n' || character == '\r')
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(character);
        }

        return folded.ToString();
    }

    /// <summary>The lines that hold text, joined (two breaks in a row, or one at either end, make no empty line).</summary>
    private static string Joined(List<string> lines, string separator)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length > 0)
            {
                text.Append(text.Length > 0 ? separator : string.Empty).Append(line);
            }
        }

        return text.ToString();
    }

    private static bool IsAsciiPunctuation(char character) =>
        (character >= '!' && character <= '/') || (character >= ':' && character <= '@') || (character >= '[' && character <= '`') || (character >= '{' && character <= '~');
}
