using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Parsing;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace JapaneseLlm.Catalog.Cli.Charts;

/// <summary>
/// The list's headline figure: parameter count on a log scale, one column per year, one marker per size of each
/// Japanese model family, coloured by category, with the largest families named. Filled markers are models with
/// a known announcement day, hollow ones models dated by year only; since most are dated by year only, no point
/// is placed within its year, and the legend says how many points are of each kind.
/// </summary>
internal static class TimelineChart
{
    private const int NamedFamilies = 10;

    private const float MarkerSize = 7;

    // The data area, estimated from the picture's size less its axes, title and margins.
    private const double AxesWidth = 110;

    private const double AxesHeight = 100;

    public static Plot Draw(IReadOnlyList<TimelinePoint> points, YearSpan span, int width, int height)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var logs = points.Select(point => Math.Log10(point.Parameters)).ToList();
        var (bottom, top) = (logs.Min() - 0.3, logs.Max() + 0.5);
        var pixelsPerYear = (width - AxesWidth) / span.Count;
        var pixelsPerDecade = (height - AxesHeight) / (top - bottom);
        var x = YearColumnLayout.Place(points.Select((point, index) => (point.Year, logs[index])).ToList(), pixelsPerYear, pixelsPerDecade, MarkerSize + 1);

        ShadeEveryOtherYear(plot, span);
        foreach (var (category, _, color) in CategoryStyle.All)
        {
            var inCategory = Enumerable.Range(0, points.Count).Where(index => points[index].Category == category).ToList();
            AddMarkers(plot, inCategory.Where(index => !points[index].DatedByYearOnly), x, logs, color, MarkerShape.FilledCircle);
            AddMarkers(plot, inCategory.Where(index => points[index].DatedByYearOnly), x, logs, color, MarkerShape.OpenCircle);
        }

        NameLargest(plot, points, x, logs, pixelsPerYear, pixelsPerDecade, span.Last + 1);
        AddLegend(plot, points);
        plot.Axes.Bottom.SetTicks(span.Years.Select(year => year + 0.5).ToArray(), span.Years.Select(year => year.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimits(span.First, span.Last + 1, bottom, top);
        plot.Axes.Left.TickGenerator = new NumericAutomatic
        {
            // Log10 values on the axis, labelled as the counts they stand for.
            IntegerTicksOnly = true,
            MinorTickGenerator = new LogMinorTickGenerator(),
            LabelFormatter = value => ParameterCount.Format((long)Math.Round(Math.Pow(10, value))),
        };
        plot.Axes.Left.Label.Text = "Parameters (log scale)";
        plot.Axes.Bottom.Label.Text = "Year of release (one column per year; across a column, points are spread only to keep them apart)";
        plot.Title(string.Format(CultureInfo.InvariantCulture, "Japanese LLMs by parameter count, {0}–{1}", span.First, span.Last));
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.1);
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
        return plot;
    }

    public static string Describe(IReadOnlyList<TimelinePoint> points) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} sizes of {1} model families ({2} dated by year only)",
            points.Count,
            points.Select(point => point.ModelId).Distinct().Count(),
            points.Count(point => point.DatedByYearOnly));

    private static void ShadeEveryOtherYear(Plot plot, YearSpan span)
    {
        foreach (var year in span.Years.Where(year => (year - span.First) % 2 == 1))
        {
            var band = plot.Add.HorizontalSpan(year, year + 1);
            band.FillStyle.Color = Colors.Black.WithAlpha(0.035);
            band.LineStyle.Width = 0;
        }
    }

    private static void AddMarkers(Plot plot, IEnumerable<int> indices, IReadOnlyList<double> x, IReadOnlyList<double> y, Color color, MarkerShape shape)
    {
        var list = indices.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var scatter = plot.Add.ScatterPoints(list.Select(index => x[index]).ToArray(), list.Select(index => y[index]).ToArray(), color.WithAlpha(0.85));
        scatter.MarkerShape = shape;
        scatter.MarkerSize = MarkerSize;
        scatter.MarkerLineWidth = 1.5f;
    }

    /// <summary>A swatch per category, then what filled and hollow mean, with how many points are of each kind.</summary>
    private static void AddLegend(Plot plot, IReadOnlyList<TimelinePoint> points)
    {
        foreach (var (category, label, color) in CategoryStyle.All)
        {
            var families = points.Where(point => point.Category == category).Select(point => point.ModelId).Distinct().Count();
            if (families > 0)
            {
                plot.Legend.ManualItems.Add(Item($"{label} ({families} families)", MarkerShape.FilledCircle, color));
            }
        }

        var yearOnly = points.Count(point => point.DatedByYearOnly);
        plot.Legend.ManualItems.Add(Item($"Filled: announcement day known ({points.Count - yearOnly} points)", MarkerShape.FilledCircle, Colors.Gray));
        plot.Legend.ManualItems.Add(Item($"Hollow: only the year known ({yearOnly} points)", MarkerShape.OpenCircle, Colors.Gray));
    }

    private static LegendItem Item(string label, MarkerShape shape, Color color) => new()
    {
        LabelText = label,
        MarkerShape = shape,
        MarkerSize = MarkerSize,
        MarkerFillColor = color,
        MarkerLineColor = color,
        MarkerLineWidth = 1.5f,
        LineWidth = 0,
    };

    /// <summary>Names the largest families, skipping any whose label would overlap one already placed.</summary>
    private static void NameLargest(Plot plot, IReadOnlyList<TimelinePoint> points, IReadOnlyList<double> x, IReadOnlyList<double> y, double pixelsPerYear, double pixelsPerDecade, double right)
    {
        // Label boxes in axis units: about 6.5 px per character, 16 px per line.
        var placed = new List<(double Left, double Right, double Bottom, double Top)>();
        var candidates = Enumerable.Range(0, points.Count)
            .GroupBy(index => points[index].ModelId)
            .Select(family => family.MaxBy(index => points[index].Parameters))
            .OrderByDescending(index => points[index].Parameters)
            .ThenBy(index => points[index].ModelId, StringComparer.Ordinal);
        foreach (var index in candidates)
        {
            var point = points[index];
            var size = ParameterCount.Format(point.Parameters);
            var label = point.Name.Contains(size, StringComparison.OrdinalIgnoreCase) ? point.Name : $"{point.Name} ({size})";
            var labelWidth = (label.Length * 6.5 + 8) / pixelsPerYear;
            var toTheLeft = x[index] + labelWidth > right;
            var (left, bottom) = (toTheLeft ? x[index] - labelWidth : x[index], y[index]);
            var box = (left, left + labelWidth, bottom, bottom + 16 / pixelsPerDecade);
            if (placed.Any(other => other.Left < box.Item2 && box.Item1 < other.Right && other.Bottom < box.Item4 && box.Item3 < other.Top))
            {
                continue;
            }

            placed.Add(box);
            var text = plot.Add.Text(label, x[index], y[index]);
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
