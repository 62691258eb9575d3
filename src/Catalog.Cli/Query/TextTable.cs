using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace JapaneseLlm.Catalog.Cli.Query;

/// <summary>
/// A plain-text table for a terminal: columns padded to their widest cell, where CJK and full-width characters
/// count two columns as terminals draw them, and over-long cells shortened with an ellipsis.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] headers;
    private readonly int[] maximumWidths;
    private readonly List<string[]> rows = new();

    public TextTable(string[] headers, int[] maximumWidths)
    {
        this.headers = headers;
        this.maximumWidths = maximumWidths;
    }

    public void Add(params string[] cells) => rows.Add(cells.Select((cell, column) => Shorten(cell, maximumWidths[column])).ToArray());

    public void WriteTo(TextWriter output)
    {
        var widths = headers.Select((header, column) => rows.Select(row => Width(row[column])).Append(Width(header)).Max()).ToArray();
        WriteRow(output, headers, widths);
        WriteRow(output, widths.Select(width => new string('-', width)).ToArray(), widths);
        foreach (var row in rows)
        {
            WriteRow(output, row, widths);
        }
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var column = 0; column < cells.Length; column++)
        {
            line.Append(cells[column]);
            if (column < cells.Length - 1)
            {
                line.Append(' ', widths[column] - Width(cells[column]) + 2);
            }
        }

        output.WriteLine(line.ToString().TrimEnd());
    }

    private static string Shorten(string cell, int maximum)
    {
        if (Width(cell) <= maximum)
        {
            return cell;
        }

        var shortened = new StringBuilder();
        var enumerator = StringInfo.GetTextElementEnumerator(cell);
        while (enumerator.MoveNext() && Width(shortened.ToString()) + Width(enumerator.GetTextElement()) <= maximum - 1)
        {
            shortened.Append(enumerator.GetTextElement());
        }

        return shortened.Append('…').ToString();
    }

    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    /// <summary>The East Asian wide and full-width ranges (UAX #11) that occur in the catalog's names.</summary>
    private static bool IsWide(int codePoint) =>
        codePoint is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD;
}
