using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Markdown;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Pairs each Japanese row with the English and French rows that describe the same model. Rows are
/// normally in the same order; where a translation swapped two rows, the links they share (Hugging Face
/// repositories, pages) find the right partner. A row with no partner is reported, not dropped.
/// </summary>
internal static class RowAligner
{
    public static IReadOnlyList<TableRow?> Align(IReadOnlyList<TableRow> master, IReadOnlyList<TableRow> other)
    {
        var result = new TableRow?[master.Count];
        var used = new HashSet<int>();
        for (var index = 0; index < master.Count; index++)
        {
            if (index < other.Count && Similarity(master[index], other[index]) >= 0.5)
            {
                result[index] = other[index];
                used.Add(index);
            }
        }

        for (var index = 0; index < master.Count; index++)
        {
            if (result[index] is not null)
            {
                continue;
            }

            var best = Enumerable.Range(0, other.Count)
                .Where(candidate => !used.Contains(candidate))
                .Select(candidate => (Index: candidate, Score: Similarity(master[index], other[candidate])))
                .OrderByDescending(candidate => candidate.Score)
                .ThenBy(candidate => System.Math.Abs(candidate.Index - index))
                .FirstOrDefault(candidate => candidate.Score >= 0.5);
            if (best.Score >= 0.5)
            {
                result[index] = other[best.Index];
                used.Add(best.Index);
            }
            else if (index < other.Count && !used.Contains(index))
            {
                // No shared links to go by (rows without links): keep the position.
                result[index] = other[index];
                used.Add(index);
            }
        }

        return result;
    }

    private static double Similarity(TableRow left, TableRow right)
    {
        var leftLinks = Urls(left);
        var rightLinks = Urls(right);
        if (leftLinks.Count == 0 && rightLinks.Count == 0)
        {
            return 0.5;
        }

        var shared = leftLinks.Intersect(rightLinks).Count();
        return (double)shared / System.Math.Max(1, leftLinks.Union(rightLinks).Count());
    }

    private static HashSet<string> Urls(TableRow row) =>
        new(row.Cells.SelectMany(cell => InlineSyntax.Links(cell)).Select(link => link.Url));
}
