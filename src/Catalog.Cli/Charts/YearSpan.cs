using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Compiled;

namespace JapaneseLlm.Catalog.Cli.Charts;

/// <summary>
/// The years a chart's axis covers, one column each. A year mistyped as 99999 or 1924 would stretch the axis over
/// thousands of columns (a 2.2 MB SVG of empty ticks), so a span wider than <see cref="MaxYears"/> is refused,
/// naming the model whose year lies furthest from the rest.
/// </summary>
internal readonly record struct YearSpan(int First, int Last)
{
    public const int MaxYears = 40;

    public int Count => Last - First + 1;

    public IEnumerable<int> Years => Enumerable.Range(First, Count);

    /// <summary>The part of this span from the first to the last of <paramref name="years"/> (all within it).</summary>
    public YearSpan Covering(IEnumerable<int> years)
    {
        var list = years.ToList();
        return new YearSpan(list.Min(), list.Max());
    }

    public static bool TryOf(IReadOnlyList<CompiledModel> models, out YearSpan span, out string problem)
    {
        var dated = models.Where(model => model.Record.Year is not null).ToList();
        var years = dated.Select(model => model.Record.Year!.Value).Order().ToList();
        span = new YearSpan(years[0], years[^1]);
        problem = string.Empty;
        if ((long)years[^1] - years[0] < MaxYears)
        {
            return true;
        }

        var median = years[years.Count / 2];
        var outlier = dated
            .OrderByDescending(model => System.Math.Abs((long)model.Record.Year!.Value - median))
            .ThenBy(model => model.Record.Id, System.StringComparer.Ordinal)
            .First();
        problem = string.Format(
            CultureInfo.InvariantCulture,
            "the models' years run from {0} to {1}, more than the {2} a chart can show: model '{3}' has year {4}, and the median year is {5}: correct its 'year' (jllm check --catalog DIR shows where it is)",
            years[0],
            years[^1],
            MaxYears,
            outlier.Record.Id,
            outlier.Record.Year,
            median);
        return false;
    }
}
