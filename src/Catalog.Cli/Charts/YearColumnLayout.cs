using System;
using System.Collections.Generic;
using System.Linq;

namespace JapaneseLlm.Catalog.Cli.Charts;

/// <summary>
/// Where each point of the timeline sits across its year's column. Most models are dated by year only, so a
/// point's place within the year would be invented: points are packed side by side around the column's middle
/// (a beeswarm) so that none hides another, and the chart says that the offset means nothing.
/// </summary>
internal static class YearColumnLayout
{
    /// <summary>The x of each point, in years (the column of year Y spans Y to Y + 1).</summary>
    /// <param name="points">The points, each with its y in axis units.</param>
    /// <param name="pixelsPerYear">The width of one column in pixels.</param>
    /// <param name="pixelsPerUnitY">Pixels per axis unit of y.</param>
    /// <param name="markerPixels">The distance in pixels that keeps two markers apart.</param>
    public static IReadOnlyList<double> Place(IReadOnlyList<(int Year, double Y)> points, double pixelsPerYear, double pixelsPerUnitY, double markerPixels)
    {
        var x = new double[points.Count];
        var widest = Math.Max(0, pixelsPerYear / 2 - markerPixels);
        var step = markerPixels / 2;
        foreach (var column in Enumerable.Range(0, points.Count).GroupBy(index => points[index].Year))
        {
            var placed = new List<(double X, double Y)>();
            foreach (var index in column.OrderBy(index => points[index].Y).ThenBy(index => index))
            {
                var y = points[index].Y * pixelsPerUnitY;
                var offset = NearestFreeOffset(placed, y, widest, step, markerPixels);
                placed.Add((offset, y));
                x[index] = column.Key + 0.5 + offset / pixelsPerYear;
            }
        }

        return x;
    }

    /// <summary>The offset nearest the middle that keeps clear of every placed point, else the clearest one.</summary>
    private static double NearestFreeOffset(List<(double X, double Y)> placed, double y, double widest, double step, double markerPixels)
    {
        var best = (Offset: 0.0, Clearance: double.NegativeInfinity);
        foreach (var candidate in Offsets(widest, step))
        {
            var clearance = Clearance(placed, candidate, y);
            if (clearance >= markerPixels)
            {
                return candidate;
            }

            if (clearance > best.Clearance)
            {
                best = (candidate, clearance);
            }
        }

        return best.Offset;
    }

    /// <summary>0, then ever further out on alternating sides, up to the column's edge.</summary>
    private static IEnumerable<double> Offsets(double widest, double step)
    {
        yield return 0;
        for (var distance = step; distance <= widest; distance += step)
        {
            yield return distance;
            yield return -distance;
        }
    }

    /// <summary>The distance to the nearest point already placed (infinite when the column is empty).</summary>
    private static double Clearance(List<(double X, double Y)> placed, double x, double y) =>
        placed.Count == 0 ? double.PositiveInfinity : placed.Min(other => Math.Sqrt((other.X - x) * (other.X - x) + (other.Y - y) * (other.Y - y)));
}
