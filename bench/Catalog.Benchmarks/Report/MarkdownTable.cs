using System.Text;

namespace JapaneseLlm.Catalog.Performance.Report;

/// <summary>Renders the rows as a GitHub markdown table, readable as plain text in a terminal too.</summary>
internal static class MarkdownTable
{
    private static readonly string[] Headers = ["Measure", "Ours", "Baseline", "Ratio", "Target", "Met?"];

    public static string Render(IEnumerable<ReportRow> rows)
    {
        var cells = rows.Select(row => new[] { row.Measure, row.Ours, row.Baseline, row.Ratio, row.Target, row.MetText }).ToList();
        var widths = Headers.Select((header, column) => cells.Select(cell => cell[column].Length).Append(header.Length).Max()).ToArray();
        var table = new StringBuilder();
        AppendLine(table, Headers, widths);
        AppendLine(table, widths.Select(width => new string('-', width)).ToArray(), widths);
        foreach (var cell in cells)
        {
            AppendLine(table, cell, widths);
        }

        return table.ToString();
    }

    private static void AppendLine(StringBuilder table, string[] cells, int[] widths) =>
        table.Append("| ").AppendJoin(" | ", cells.Select((cell, column) => cell.PadRight(widths[column]))).Append(" |\n");
}
