using System;
using System.Collections.Generic;
using System.Linq;

namespace JapaneseLlm.Catalog.Authoring.Yaml;

/// <summary>
/// Reads the block-style subset of YAML that catalog files are written in — block mappings and sequences,
/// one-line plain, single- and double-quoted scalars, comments — straight from the text, into the same tree,
/// with the same positions, as <see cref="YamlTreeReader"/>'s YamlDotNet path. It declines (returns
/// <see langword="null"/>) at anything else and at any problem, and YamlDotNet then reads the file and reports.
/// Why: YamlDotNet's scanner allocates a token and an event per node and is JIT-compiled afresh in every
/// compiler process; this reader is the generator's and the analyzers' hot path (docs/performance.md).
/// </summary>
internal sealed class BlockSubsetReader
{
    private const char ByteOrderMark = '\uFEFF';

    private readonly string text;
    private int nodes;

    // The current content line (blank and comment-only lines are skipped): where it starts, its number,
    // its indentation, and where it ends (its '\n' or the end of the text). lineStart < 0 at the end.
    // Columns count from lineOrigin, which differs from lineStart on a first line after a byte order mark:
    // YamlTreeReader counts the mark as a column, and structure must not.
    private int lineStart;
    private int lineOrigin;
    private int lineNumber;
    private int indent;
    private int lineEnd;

    private BlockSubsetReader(string text) => this.text = text;

    /// <summary>The file's root mapping, or <see langword="null"/> when the file needs the full reader.</summary>
    public static YamlMapping? TryRead(string text)
    {
        if (!HasOnlyPlainCharacters(text))
        {
            return null;
        }

        var reader = new BlockSubsetReader(text);
        return reader.ReadDocument();
    }

    private YamlMapping? ReadDocument()
    {
        var start = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        lineNumber = 0;
        MoveToContentLine(start, nextLineNumber: 1);
        if (lineStart < 0 || indent != 0)
        {
            return null;
        }

        var root = ReadMapping(lineStart, depth: 0);
        return root is not null && lineStart < 0 ? root : null;
    }

    /// <summary>A block mapping whose first key starts at <paramref name="keyOffset"/> on the current line.</summary>
    private YamlMapping? ReadMapping(int keyOffset, int depth)
    {
        if (depth > YamlTreeReader.MaxDepth || !CountNode())
        {
            return null;
        }

        var column = keyOffset - lineStart;
        var span = PointAt(keyOffset, length: 0);
        var entries = new List<YamlEntry>();
        HashSet<string>? keys = null;
        while (true)
        {
            var entry = ReadEntry(keyOffset, column, depth + 1);
            if (entry is null || IsDuplicate(entry.Key.Value, entries, ref keys))
            {
                return null;
            }

            entries.Add(entry);
            if (lineStart < 0 || indent < column)
            {
                return new YamlMapping(entries, span);
            }

            if (indent > column || IsSequenceItem(lineStart + indent))
            {
                return null;
            }

            keyOffset = lineStart + indent;
        }
    }

    /// <summary>
    /// Records are small mappings (a model has about 25 keys): a set is built only for larger ones, where a scan
    /// would cost more than the set. Keys are mostly shared strings, so most comparisons end at the reference.
    /// </summary>
    private static bool IsDuplicate(string key, List<YamlEntry> entries, ref HashSet<string>? keys)
    {
        const int ScanLimit = 64;
        if (keys is null && entries.Count < ScanLimit)
        {
            foreach (var entry in entries)
            {
                if (entry.Key.Value == key)
                {
                    return true;
                }
            }

            return false;
        }

        keys ??= new HashSet<string>(entries.Select(entry => entry.Key.Value), StringComparer.Ordinal);
        return !keys.Add(key);
    }

    private YamlEntry? ReadEntry(int keyOffset, int column, int depth)
    {
        var keyEnd = KeyEnd(keyOffset);
        if (keyEnd < 0 || !CountNode())
        {
            return null;
        }

        var key = new YamlScalar(RepeatedStrings.Get(text, keyOffset, keyEnd - keyOffset), isPlain: true, PointAt(keyOffset, keyEnd - keyOffset));
        var valueOffset = SkipSpaces(keyEnd + 1);
        YamlNode? value;
        if (IsEndOfContent(valueOffset))
        {
            // The value is the block on the next lines: more indented, or a sequence at the key's own indentation.
            MoveToContentLine(lineEnd + 1, lineNumber + 1);
            if (lineStart < 0)
            {
                return null;
            }

            var blockOffset = lineStart + indent;
            value = indent > column ? ReadBlock(blockOffset, depth)
                : indent == column && IsSequenceItem(blockOffset) ? ReadSequence(blockOffset, depth)
                : null;
        }
        else
        {
            value = ReadScalarLine(valueOffset, column);
        }

        return value is null ? null : new YamlEntry(key, value);
    }

    private YamlNode? ReadBlock(int offset, int depth) =>
        IsSequenceItem(offset) ? ReadSequence(offset, depth) : ReadMapping(offset, depth);

    /// <summary>A block sequence whose first '-' is at <paramref name="dashOffset"/> on the current line.</summary>
    private YamlSequence? ReadSequence(int dashOffset, int depth)
    {
        if (depth > YamlTreeReader.MaxDepth || !CountNode())
        {
            return null;
        }

        var column = dashOffset - lineStart;
        var span = PointAt(dashOffset, length: 0);
        var items = new List<YamlNode>();
        while (true)
        {
            var itemOffset = SkipSpaces(dashOffset + 1);
            YamlNode? item = IsEndOfContent(itemOffset) || IsSequenceItem(itemOffset) ? null
                : KeyEnd(itemOffset) >= 0 ? ReadMapping(itemOffset, depth + 1)
                : ReadScalarLine(itemOffset, column);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            if (lineStart < 0 || indent < column)
            {
                return new YamlSequence(items, span);
            }

            dashOffset = lineStart + indent;
            if (indent > column || !IsSequenceItem(dashOffset))
            {
                // A key at the sequence's indentation ends it (the parent mapping goes on); anything deeper is outside the subset.
                return indent == column ? new YamlSequence(items, span) : null;
            }
        }
    }

    /// <summary>
    /// A scalar that ends its line, after which the current line is the next content line, which must not be
    /// more indented than <paramref name="parentColumn"/> (a continuation line would fold into the scalar).
    /// </summary>
    private YamlScalar? ReadScalarLine(int offset, int parentColumn)
    {
        if (!CountNode())
        {
            return null;
        }

        var scalar = text[offset] switch
        {
            '"' => ReadDoubleQuoted(offset),
            '\'' => ReadSingleQuoted(offset),
            _ => ReadPlain(offset),
        };
        if (scalar is null)
        {
            return null;
        }

        MoveToContentLine(lineEnd + 1, lineNumber + 1);
        return lineStart >= 0 && indent > parentColumn ? null : scalar;
    }

    private YamlScalar? ReadPlain(int offset)
    {
        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(text[offset]) >= 0)
        {
            return null;
        }

        var end = offset;
        for (var position = offset; position < lineEnd; position++)
        {
            var character = text[position];
            if (character == '#' && text[position - 1] == ' ')
            {
                break;
            }

            if (character == ':' && (position + 1 == lineEnd || text[position + 1] == ' '))
            {
                return null;
            }

            if (character != ' ')
            {
                end = position + 1;
            }
        }

        return new YamlScalar(RepeatedStrings.Get(text, offset, end - offset), isPlain: true, PointAt(offset, end - offset));
    }

    private YamlScalar? ReadSingleQuoted(int offset)
    {
        var close = text.IndexOf('\'', offset + 1, lineEnd - offset - 1);
        if (close >= 0 && (close + 1 >= lineEnd || text[close + 1] != '\''))
        {
            return QuotedScalar(RepeatedStrings.Get(text, offset + 1, close - offset - 1), offset, close + 1);
        }

        var value = new System.Text.StringBuilder();
        for (var position = offset + 1; position < lineEnd; position++)
        {
            var character = text[position];
            if (character != '\'')
            {
                value.Append(character);
            }
            else if (position + 1 < lineEnd && text[position + 1] == '\'')
            {
                value.Append('\'');
                position++;
            }
            else
            {
                return QuotedScalar(value.ToString(), offset, position + 1);
            }
        }

        return null;
    }

    private YamlScalar? ReadDoubleQuoted(int offset)
    {
        var close = text.IndexOf('"', offset + 1, lineEnd - offset - 1);
        if (close >= 0 && text.IndexOf('\\', offset + 1, close - offset - 1) < 0)
        {
            return QuotedScalar(RepeatedStrings.Get(text, offset + 1, close - offset - 1), offset, close + 1);
        }

        var value = new System.Text.StringBuilder();
        for (var position = offset + 1; position < lineEnd; position++)
        {
            var character = text[position];
            if (character == '"')
            {
                return QuotedScalar(value.ToString(), offset, position + 1);
            }

            if (character != '\\')
            {
                value.Append(character);
                continue;
            }

            if (++position >= lineEnd)
            {
                return null;
            }

            var escaped = Unescape(text[position]);
            if (escaped is { } simple)
            {
                value.Append(simple);
            }
            else if (text[position] == 'u' && TryReadBmpCodePoint(position + 1, out var codePoint))
            {
                value.Append(codePoint);
                position += 4;
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    private static char? Unescape(char escape) => escape switch
    {
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        '0' => '\0',
        'b' => '\b',
        'f' => '\f',
        _ => null,
    };

    /// <summary>Four hex digits of a code point outside the surrogate range (YamlDotNet refuses those).</summary>
    private bool TryReadBmpCodePoint(int offset, out char codePoint)
    {
        codePoint = '\0';
        if (offset + 4 > lineEnd)
        {
            return false;
        }

        var value = 0;
        for (var position = offset; position < offset + 4; position++)
        {
            var digit = HexValue(text[position]);
            if (digit < 0)
            {
                return false;
            }

            value = (value * 16) + digit;
        }

        codePoint = (char)value;
        return !char.IsSurrogate(codePoint);
    }

    private static int HexValue(char character) => character switch
    {
        >= '0' and <= '9' => character - '0',
        >= 'a' and <= 'f' => character - 'a' + 10,
        >= 'A' and <= 'F' => character - 'A' + 10,
        _ => -1,
    };

    /// <summary>A quoted scalar, if only spaces and a comment follow its closing quote on the line.</summary>
    private YamlScalar? QuotedScalar(string value, int offset, int end)
    {
        var rest = SkipSpaces(end);
        if (rest < lineEnd && (text[rest] != '#' || rest == end))
        {
            return null;
        }

        return new YamlScalar(value, isPlain: false, PointAt(offset, end - offset));
    }

    /// <summary>Where a key of the subset (a letter, digit or '_', then those, '-' and '.') ends before its ": ", or -1.</summary>
    private int KeyEnd(int offset)
    {
        if (offset >= lineEnd || !IsKeyStart(text[offset]))
        {
            return -1;
        }

        var position = offset + 1;
        while (position < lineEnd && (IsKeyStart(text[position]) || text[position] is '-' or '.'))
        {
            position++;
        }

        var colonEnds = position < lineEnd && text[position] == ':' && (position + 1 == lineEnd || text[position + 1] == ' ');
        return colonEnds ? position : -1;
    }

    private static bool IsKeyStart(char character) =>
        character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private bool IsSequenceItem(int offset) =>
        text[offset] == '-' && (offset + 1 == lineEnd || text[offset + 1] == ' ');

    private bool IsEndOfContent(int offset) => offset >= lineEnd || text[offset] == '#';

    private int SkipSpaces(int offset)
    {
        while (offset < lineEnd && text[offset] == ' ')
        {
            offset++;
        }

        return offset;
    }

    /// <summary>
    /// Moves to the first line at or after <paramref name="start"/> that holds more than spaces and a comment.
    /// A document marker or directive there is outside the subset, and reading ends as if at the end.
    /// </summary>
    private void MoveToContentLine(int start, int nextLineNumber)
    {
        for (var position = start; position < text.Length;)
        {
            var end = text.IndexOf('\n', position);
            end = end < 0 ? text.Length : end;
            var content = position;
            while (content < end && text[content] == ' ')
            {
                content++;
            }

            if (content < end && text[content] != '#')
            {
                lineStart = position;
                lineOrigin = position == 1 && text[0] == ByteOrderMark ? 0 : position;
                lineNumber = nextLineNumber;
                indent = content - position;
                lineEnd = end;
                return;
            }

            position = end + 1;
            nextLineNumber++;
        }

        lineStart = -1;
        indent = 0;
    }

    private bool CountNode() => ++nodes <= YamlTreeReader.MaxNodes;

    private SourceSpan PointAt(int offset, int length)
    {
        var column = offset - lineOrigin + 1;
        return new SourceSpan(offset, length, lineNumber, column, lineNumber, column + length);
    }

    /// <summary>
    /// Line feeds only, and no character whose handling differs between YAML readers or that YamlDotNet
    /// refuses (tabs, other line breaks and control characters, the replacement character, unpaired surrogates).
    /// </summary>
    private static bool HasOnlyPlainCharacters(string text)
    {
        for (var position = 0; position < text.Length; position++)
        {
            var character = text[position];
            if (character >= ' ' && character < '\u007F')
            {
                continue;
            }

            if (character == '\n' || (character == ByteOrderMark && position == 0))
            {
                continue;
            }

            if (character < '\u00A0' || character is '\u2028' or '\u2029' or '\uFFFD' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }

            if (char.IsHighSurrogate(character) && position + 1 < text.Length && char.IsLowSurrogate(text[position + 1]))
            {
                position++;
                continue;
            }

            if (char.IsSurrogate(character))
            {
                return false;
            }
        }

        return true;
    }
}
