using System;
using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>A document's lines, to turn the protocol's positions into offsets and the catalog's spans into ranges.</summary>
internal sealed class TextLines
{
    private readonly string text;
    private readonly List<int> starts = new() { 0 };

    public TextLines(string text)
    {
        this.text = text;
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\n')
            {
                starts.Add(index + 1);
            }
        }
    }

    public int Count => starts.Count;

    /// <summary>Line <paramref name="line"/> (zero-based) without its line break.</summary>
    public string this[int line]
    {
        get
        {
            var end = line + 1 < starts.Count ? starts[line + 1] - 1 : text.Length;
            if (end > starts[line] && text[end - 1] == '\r')
            {
                end--;
            }

            return text.Substring(starts[line], Math.Max(0, end - starts[line]));
        }
    }

    public int OffsetOf(Position position)
    {
        var line = Math.Clamp(position.Line, 0, starts.Count - 1);
        return Math.Min(starts[line] + Math.Max(0, Math.Min(position.Character, this[line].Length)), text.Length);
    }

    public Position PositionOf(int offset)
    {
        var line = starts.BinarySearch(Math.Clamp(offset, 0, text.Length));
        line = line >= 0 ? line : ~line - 1;
        return new Position(line, offset - starts[line]);
    }

    public LspRange RangeOf(int offset, int length) => new(PositionOf(offset), PositionOf(offset + length));

    /// <summary>The catalog's 1-based line and column, as every diagnostic gives them.</summary>
    public static LspRange RangeOf(SourceSpan span) =>
        new(new Position(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1)), new Position(Math.Max(0, span.EndLine - 1), Math.Max(0, span.EndColumn - 1)));
}
