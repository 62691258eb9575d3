using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Model.Parsing;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace JapaneseLlm.Catalog.Cli.Charts;

/// <summary>
/// The list's headline figure: parameter count over time on a log scale, one marker per size of each Japanese
/// model family, coloured by category, with the largest families named. Filled markers sit at the announcement
/// date; hollow ones are models the catalog dates by year only, spread across their year.
/// </summary>
internal static class TimelineChart
{
    private const int NamedFamilies = 10;

    public static Plot Draw(IReadOnlyList<TimelinePoint> points, int width, int height)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        foreach (var (category, label, color) in CategoryStyle.All)
        {
            var inCategory = points.Where(point => point.Category == category).ToList();
            if (inCategory.Count == 0)
            {
                continue;
            }

            var dated = AddMarkers(plot, inCategory.Where(point => !point.DatedByYearOnly), color, MarkerShape.FilledCircle);
            var yearOnly = AddMarkers(plot, inCategory.Where(point => point.DatedByYearOnly), color, MarkerShape.OpenCircle);
            (dated ?? yearOnly)!.LegendText = $"{label} ({inCategory.Select(point => point.ModelId).Distinct().Count()} families)";
        }

        var years = Enumerable.Range(points.Min(point => point.Released.Year), points.Max(point => point.Released.Year) - points.Min(point => point.Released.Year) + 2).ToList();
        NameLargest(plot, points, width, height, years[0], years[^1]);
        plot.Axes.Bottom.SetTicks(years.Select(year => (double)year).ToArray(), years.Select(year => year.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsX(years[0] - 0.05, years[^1] + 0.05);
        plot.Axes.Left.TickGenerator = new NumericAutomatic
        {
            // Log10 values on the axis, labelled as the counts they stand for.
            IntegerTicksOnly = true,
            MinorTickGenerator = new LogMinorTickGenerator(),
            LabelFormatter = value => ParameterCount.Format((long)Math.Round(Math.Pow(10, value))),
        };
        plot.Axes.Left.Label.Text = "Parameters (log scale)";
        plot.Axes.Bottom.Label.Text = "Announced (hollow: only the year is known; spread across that year)";
        plot.Title($"Japanese LLMs by parameter count, {years[0]}–{years[^2]}");
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.1);
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
        return plot;
    }

    public static string Describe(IReadOnlyList<TimelinePoint> points) =>
        string.Format(CultureInfo.InvariantCulture, "{0} sizes of {1} model families", points.Count, points.Select(point => point.ModelId).Distinct().Count());

    /// <summary>Where a point sits on the time axis, in fractional years.</summary>
    private static double Position(TimelinePoint point)
    {
        if (!point.DatedByYearOnly)
        {
            return point.Released.Year + (point.Released.DayOfYear - 1) / (DateTime.IsLeapYear(point.Released.Year) ? 366.0 : 365.0);
        }

        // Somewhere in its year: a stable spread by id, so the chart is the same on every run and markers do not pile up.
        var hash = 2166136261u;
        foreach (var character in point.ModelId)
        {
            hash = (hash ^ character) * 16777619u;
        }

        return point.Released.Year + 0.08 + 0.84 * (hash % 1000 / 1000.0);
    }

    private static ScottPlot.Plottables.Scatter? AddMarkers(Plot plot, IEnumerable<TimelinePoint> points, Color color, MarkerShape shape)
    {
        var list = points.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var scatter = plot.Add.ScatterPoints(list.Select(Position).ToArray(), list.Select(point => Math.Log10(point.Parameters)).ToArray(), color.WithAlpha(0.8));
        scatter.MarkerShape = shape;
        scatter.MarkerSize = 7;
        scatter.MarkerLineWidth = 1.5f;
        return scatter;
    }

    /// <summary>Names the largest families, skipping any whose label would overlap one already placed.</summary>
    private static void NameLargest(Plot plot, IReadOnlyList<TimelinePoint> points, int width, int height, double firstYear, double lastYear)
    {
        // Label boxes in axis units, from the picture's size: about 6.5 px per character, 16 px per line,
        // over the data area (the picture less its axes and title) spanning the years and about 5 decades.
        var yearsPerPixel = (lastYear - firstYear) / (width - 120.0);
        var decadesPerPixel = 5.0 / (height - 110.0);
        var placed = new List<(double Left, double Right, double Bottom, double Top)>();
        var candidates = points
            .GroupBy(point => point.ModelId)
            .Select(family => family.MaxBy(point => point.Parameters)!)
            .OrderByDescending(point => point.Parameters)
            .ThenBy(point => point.ModelId, StringComparer.Ordinal);
        foreach (var point in candidates)
        {
            var size = ParameterCount.Format(point.Parameters);
            var label = point.Name.Contains(size, StringComparison.OrdinalIgnoreCase) ? point.Name : $"{point.Name} ({size})";
            var (x, y) = (Position(point), Math.Log10(point.Parameters));
            var labelWidth = (label.Length * 6.5 + 8) * yearsPerPixel;
            var toTheLeft = x + labelWidth > lastYear;
            var box = toTheLeft ? (x - labelWidth, x, y, y + 16 * decadesPerPixel) : (x, x + labelWidth, y, y + 16 * decadesPerPixel);
            if (placed.Any(other => other.Left < box.Item2 && box.Item1 < other.Right && other.Bottom < box.Item4 && box.Item3 < other.Top))
            {
                continue;
            }

            placed.Add(box);
            var text = plot.Add.Text(label, x, y);
            text.LabelFontSize = 11;
            text.LabelFontColor = Colors.Black.WithAlpha(0.85);
            text.LabelAlignment = toTheLeft ? Alignment.LowerRight : Alignment.LowerLeft;
            text.OffsetX = toTheLeft ? -5 : 5;
            text.OffsetY = -3;
            if (placed.Count == NamedFamilies)
            {
                break;
            }
        }
    }
}
