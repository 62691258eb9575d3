using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Markdown;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>
/// Compares two documents' tables: sections paired by anchor (or heading), rows by their first cell (and its
/// occurrence), cells by position, after <see cref="CatalogFidelityTests.Normalize"/>.
/// </summary>
internal sealed class TableComparison
{
    public int Cells { get; private set; }

    public int Identical { get; private set; }

    /// <summary>Identical cells among those the catalog does not correct on purpose.</summary>
    public double Ratio => Cells == Corrections.Count ? 1 : (double)Identical / (Cells - Corrections.Count);

    /// <summary>Cells the catalog renders differently on purpose: it adds the OpenAI-terms caveat the list's row lacks.</summary>
    public List<string> Corrections { get; } = new();

    public List<string> MissingRows { get; } = new();

    public List<string> ExtraRows { get; } = new();

    public List<string> Differences { get; } = new();

    public static TableComparison Compare(IEnumerable<ListSection> expected, IEnumerable<ListSection> actual)
    {
        var comparison = new TableComparison();
        var actualByKey = actual.GroupBy(SectionKey).ToDictionary(group => group.Key, group => group.First());
        foreach (var section in expected)
        {
            var key = SectionKey(section);
            var rows = Rows(section);
            if (!actualByKey.TryGetValue(key, out var other))
            {
                comparison.MissingRows.AddRange(rows.Keys.Select(row => $"[{key}] missing section, row '{row}'"));
                continue;
            }

            var otherRows = Rows(other);
            foreach (var (rowKey, cells) in rows)
            {
                if (!otherRows.TryGetValue(rowKey, out var otherCells))
                {
                    comparison.MissingRows.Add($"[{key}] missing row '{rowKey}'");
                    comparison.Cells += cells.Count;
                    continue;
                }

                for (var column = 0; column < cells.Count; column++)
                {
                    comparison.Cells++;
                    var want = CatalogFidelityTests.Normalize(cells[column]);
                    var got = column < otherCells.Count ? CatalogFidelityTests.Normalize(otherCells[column]) : "(no cell)";
                    if (want == got)
                    {
                        comparison.Identical++;
                    }
                    else if (IsAddedCaveat(want, got))
                    {
                        comparison.Corrections.Add($"[{key}] '{rowKey}': the catalog adds the OpenAI-terms caveat\n      list:     {want}\n      rendered: {got}");
                    }
                    else
                    {
                        var header = column < section.Table!.Header.Count ? section.Table.Header[column] : column.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        comparison.Differences.Add($"[{key}] '{rowKey}' column '{header}': {Reason(want, got)}\n      list:     {want}\n      rendered: {got}");
                    }
                }
            }

            comparison.ExtraRows.AddRange(otherRows.Keys.Where(row => !rows.ContainsKey(row)).Select(row => $"[{key}] extra row '{row}'"));
        }

        return comparison;
    }

    private static string SectionKey(ListSection section) => section.Anchor ?? CatalogFidelityTests.Normalize(section.Heading);

    private static Dictionary<string, IReadOnlyList<string>> Rows(ListSection section)
    {
        var rows = new Dictionary<string, IReadOnlyList<string>>();
        var seen = new Dictionary<string, int>();
        foreach (var row in section.Table!.Rows)
        {
            var first = CatalogFidelityTests.Normalize(row.Cells.Count > 0 ? row.Cells[0] : "");
            seen[first] = seen.TryGetValue(first, out var count) ? count + 1 : 1;
            rows[seen[first] == 1 ? first : $"{first} #{seen[first]}"] = row.Cells;
        }

        return rows;
    }

    /// <summary>The rendered cell is the list's with one more OpenAI-terms caveat mark (<c>(?)[^n]</c>) at its end.</summary>
    private static bool IsAddedCaveat(string want, string got) =>
        got.EndsWith(CaveatMark, System.StringComparison.Ordinal) && got.Substring(0, got.Length - CaveatMark.Length).TrimEnd() == want;

    private const string CaveatMark = "(?)[^*]";

    /// <summary>A short reason for a difference, so the printed list reads as an explanation.</summary>
    private static string Reason(string want, string got)
    {
        string WithoutMarkers(string text) => text.Replace(" (?)[^*]", "").Replace("[^*]", "");
        if (WithoutMarkers(want) == WithoutMarkers(got))
        {
            return "footnote markers differ (the catalog follows the majority of the three languages)";
        }

        return "text differs";
    }
}
