using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Compiled;
using ScottPlot;

namespace JapaneseLlm.Catalog.Cli.Charts;

/// <summary>Model families released per year, stacked by category.</summary>
internal static class YearlyCountsChart
{
    public static Plot Draw(IReadOnlyList<CompiledModel> models, YearSpan span)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var years = span.Years.ToList();
        var stacked = years.ToDictionary(year => year, _ => 0.0);
        var bars = new List<Bar>();
        foreach (var (category, label, color) in CategoryStyle.All)
        {
            var counts = models.Where(model => model.Category == category && model.Record.Year is not null).GroupBy(model => model.Record.Year!.Value).ToDictionary(group => group.Key, group => group.Count());
            if (counts.Count == 0)
            {
                continue;
            }

            foreach (var year in years)
            {
                var count = counts.GetValueOrDefault(year);
                bars.Add(new Bar { Position = year, ValueBase = stacked[year], Value = stacked[year] + count, FillColor = color, LineWidth = 0 });
                stacked[year] += count;
            }

            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{label} ({counts.Values.Sum()})", FillColor = color });
        }

        plot.Add.Bars(bars);
        foreach (var year in years)
        {
            var total = plot.Add.Text(stacked[year].ToString(CultureInfo.InvariantCulture), year, stacked[year]);
            total.LabelAlignment = Alignment.LowerCenter;
            total.LabelFontSize = 11;
        }

        plot.Axes.Bottom.SetTicks(years.Select(year => (double)year).ToArray(), years.Select(year => year.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.1);
        plot.Axes.Left.Label.Text = "Model families";
        plot.Title("Japanese LLM families released per year, by category");
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
        return plot;
    }
}
