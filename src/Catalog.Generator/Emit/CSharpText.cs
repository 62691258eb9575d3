using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>
/// The only way catalog text reaches generated code: string literals through Roslyn's own literal
/// formatter (or copied between quotes when it would leave every character as it is), doc text XML-escaped
/// with every character C# treats as a line break folded away.
/// Everything appends to a <see cref="StringBuilder"/>, so emitting a record builds no string per value.
/// </summary>
internal static class CSharpText
{
    public static StringBuilder AppendLiteral(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            return builder.Append("null");
        }

        return IsVerbatim(value)
            ? builder.Append('"').Append(value).Append('"')
            : builder.Append(SymbolDisplay.FormatLiteral(value, quote: true));
    }

    /// <summary>Appends a literal's content without its quotes; contents of several strings join into one literal.</summary>
    public static StringBuilder AppendLiteralContent(StringBuilder builder, string value)
    {
        if (IsVerbatim(value))
        {
            return builder.Append(value);
        }

        // Without quotes Roslyn would leave '"' unescaped: format with them and drop them.
        var literal = SymbolDisplay.FormatLiteral(value, quote: true);
        return builder.Append(literal, 1, literal.Length - 2);
    }

    /// <summary>Appends an integer literal's digits, the same in every culture.</summary>
    public static StringBuilder AppendInteger(StringBuilder builder, long value) =>
        builder.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Doc texts up to this long are escaped from one buffer per thread; longer ones from their own.</summary>
    private const int ReusedDocLength = 4096;

    [ThreadStatic]
    private static char[]? docBuffer;

    /// <summary>
    /// Appends a doc comment element, on one line when its text has one (<c>/// &lt;summary&gt;text&lt;/summary&gt;</c>),
    /// else one comment line per text line. Text lines are split at "\n", escaped, trimmed, and dropped when empty.
    /// </summary>
    public static StringBuilder AppendDoc(StringBuilder builder, int indentation, string element, string text)
    {
        var characters = DocBuffer(text.Length);
        text.CopyTo(0, characters, 0, text.Length);
        return AppendDoc(builder, indentation, element, characters, text.Length);
    }

    /// <summary>The same from a composed text, which then needs no string of its own.</summary>
    public static StringBuilder AppendDoc(StringBuilder builder, int indentation, string element, StringBuilder text)
    {
        var characters = DocBuffer(text.Length);
        text.CopyTo(0, characters, 0, text.Length);
        return AppendDoc(builder, indentation, element, characters, text.Length);
    }

    private static char[] DocBuffer(int length) =>
        length <= ReusedDocLength ? docBuffer ??= new char[ReusedDocLength] : new char[length];

    private static StringBuilder AppendDoc(StringBuilder builder, int indentation, string element, char[] text, int length)
    {
        var position = 0;
        if (!HasSeveralDocLines(text, length))
        {
            builder.Append(' ', indentation).Append("/// <").Append(element).Append('>');
            if (NextDocLine(text, length, ref position, out var start, out var end))
            {
                AppendEscapedDoc(builder, text, start, end);
            }

            return builder.Append("</").Append(element).Append(">\n");
        }

        builder.Append(' ', indentation).Append("/// <").Append(element).Append(">\n");
        while (NextDocLine(text, length, ref position, out var start, out var end))
        {
            AppendEscapedDoc(builder.Append(' ', indentation).Append("/// "), text, start, end).Append('\n');
        }

        return builder.Append(' ', indentation).Append("/// </").Append(element).Append(">\n");
    }

    private static bool HasSeveralDocLines(char[] text, int length)
    {
        var position = 0;
        return NextDocLine(text, length, ref position, out _, out _) && NextDocLine(text, length, ref position, out _, out _);
    }

    /// <summary>Finds the next doc line from <paramref name="position"/>: its bounds without what escaping would blank at either end.</summary>
    private static bool NextDocLine(char[] text, int length, ref int position, out int start, out int end)
    {
        while (position <= length)
        {
            var lineFeed = position < length ? Array.IndexOf(text, '\n', position, length - position) : -1;
            start = position;
            end = lineFeed < 0 ? length : lineFeed;
            position = end + 1;
            while (start < end && IsBlankInDoc(text, start, end))
            {
                start++;
            }

            while (end > start && IsBlankInDoc(text, end - 1, end))
            {
                end--;
            }

            if (start < end)
            {
                return true;
            }
        }

        start = end = 0;
        return false;
    }

    private static StringBuilder AppendEscapedDoc(StringBuilder builder, char[] text, int start, int end)
    {
        for (var index = start; index < end; index++)
        {
            var character = text[index];
            switch (character)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    if (char.IsHighSurrogate(character) && index + 1 < end && char.IsLowSurrogate(text[index + 1]))
                    {
                        // A pair is one character XML allows (a kanji of CJK Extension B, say); only a lone half is not.
                        builder.Append(character).Append(text[++index]);
                    }
                    else
                    {
                        builder.Append(BreaksOrHides(character) ? ' ' : character);
                    }

                    break;
            }
        }

        return builder;
    }

    /// <summary>Whether the code unit at <paramref name="index"/> escapes to a blank: white space, or hidden and not half of a pair.</summary>
    private static bool IsBlankInDoc(char[] text, int index, int end)
    {
        var character = text[index];
        if (char.IsHighSurrogate(character))
        {
            return index + 1 >= end || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(character))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return char.IsWhiteSpace(character) || BreaksOrHides(character);
    }

    /// <summary>
    /// C# ends a comment at \r, \n, U+0085, U+2028 and U+2029; XML 1.0 allows no other control but tab, no
    /// U+FFFE or U+FFFF and no lone surrogate (the compiler reports CS1570 when it writes the documentation file);
    /// format characters are noise in a tooltip.
    /// </summary>
    private static bool BreaksOrHides(char character)
    {
        if (character is >= ' ' and <= '~')
        {
            return false;
        }

        var category = char.GetUnicodeCategory(character);
        return category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format or UnicodeCategory.Surrogate
            || character is '\uFFFE' or '\uFFFF';
    }

    /// <summary>
    /// Whether Roslyn's literal formatter would leave every character as it is, so that the value can be copied
    /// between quotes without building the formatted string: printable ASCII but the quote and the backslash, and
    /// letters, marks, numbers, punctuation, symbols and spaces beyond ASCII (Japanese and accented text). Anything
    /// else (controls, line and paragraph separators, format characters, surrogates, private use, unassigned) goes
    /// through the formatter. A test checks every UTF-16 code unit against the formatter.
    /// </summary>
    internal static bool IsVerbatim(string value)
    {
        foreach (var character in value)
        {
            if (character is >= ' ' and <= '~')
            {
                if (character is '"' or '\\')
                {
                    return false;
                }

                continue;
            }

            if (character < '\u00A0' || !IsVerbatimCategory(char.GetUnicodeCategory(character)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVerbatimCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}
