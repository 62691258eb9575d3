using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Compiled;
using JapaneseLlm.Catalog.Cli.Charts;
using JapaneseLlm.Catalog.Cli.Options;
using ScottPlot;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary><c>jllm chart --out FILE.svg|png [--kind timeline|per-year]</c>: the list's figures, drawn from the catalog.</summary>
internal static class ChartCommand
{
    private const string Description = """
        Draw a figure from the catalog: the timeline of parameter counts (log scale, coloured by category; each
        size of each family in its year's column, filled where the announcement day is known), or the number of
        families released per year. The file's extension picks the format: .svg or .png.

        Examples:
          jllm chart --out docs/chart-parameters.svg
          jllm chart --kind per-year --out docs/chart-per-year.png --width 1000 --height 600
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = "The file to write: .svg or .png.", Required = true };
        var kind = new Option<string>("--kind") { Description = "timeline (parameter counts over time) or per-year (families per year by category).", DefaultValueFactory = _ => ChartKind.Timeline };
        kind.AcceptOnlyFromAmong(ChartKind.Names);
        var width = new Option<int>("--width") { Description = "Width in pixels.", DefaultValueFactory = _ => 1400 };
        var height = new Option<int>("--height") { Description = "Height in pixels.", DefaultValueFactory = _ => 800 };
        var catalog = CatalogInput.CreateOption();
        var command = new Command("chart", Description) { output, kind, width, height, catalog };
        command.SetAction(result => Program.Guard(stderr, () =>
            Run(result.GetValue(output)!, result.GetValue(kind)!, result.GetValue(width), result.GetValue(height), result.GetValue(catalog), stdout, stderr)));
        return command;
    }

    public static int Run(string output, string kind, int width, int height, string? catalogPath, TextWriter stdout, TextWriter stderr)
    {
        var extension = Path.GetExtension(output).ToLowerInvariant();
        if (extension is not (".svg" or ".png"))
        {
            throw new UsageException($"--out {output}: the file must end in .svg or .png");
        }

        if (width is < 200 or > 8000 || height is < 200 or > 8000)
        {
            throw new UsageException("--width and --height must lie between 200 and 8000 pixels");
        }

        // A chart places models by year; one without a year has no place on it and is counted instead.
        var all = CatalogInput.Load(catalogPath, stderr).Compile().Models;
        var models = all.Where(model => model.Record.Year is not null).ToList();
        if (models.Count < all.Count)
        {
            stderr.WriteLine($"jllm: {all.Count - models.Count} model(s) without a year are not drawn.");
        }

        if (models.Count == 0)
        {
            stderr.WriteLine("jllm: the catalog has no models with a year to draw.");
            return ExitCodes.Diagnostics;
        }

        if (kind == ChartKind.Timeline && !models.Any(model => model.Sizes().Any()))
        {
            stderr.WriteLine("jllm: no model of the catalog has a parameter count to draw.");
            return ExitCodes.Diagnostics;
        }

        if (!YearSpan.TryOf(models, out var span, out var problem))
        {
            stderr.WriteLine("jllm: " + problem);
            return ExitCodes.Diagnostics;
        }

        OutputFile.Prepare(output);

        string described;
        try
        {
            described = Draw(models, span, kind, output, extension, width, height);
        }
        catch (TypeInitializationException exception) when (exception.GetBaseException() is DllNotFoundException)
        {
            // The platform-neutral tool package leaves out SkiaSharp's native libraries (see Catalog.Cli.csproj).
            throw new UsageException(
                "chart needs SkiaSharp's native library, which this platform's jllm package does not include; " +
                "jllm draws charts on linux-x64, linux-arm64, linux-musl-x64, osx-x64, osx-arm64 and win-x64, and runs every other command everywhere");
        }

        stdout.WriteLine($"Drew {described} to {output}.");
        return ExitCodes.Ok;
    }

    /// <summary>Draws the chart and writes it; returns what was drawn, for the one line on stdout.</summary>
    private static string Draw(IReadOnlyList<CompiledModel> models, YearSpan span, string kind, string output, string extension, int width, int height)
    {
        Plot plot;
        string described;
        if (kind == ChartKind.Timeline)
        {
            var points = TimelineData.From(models);
            plot = TimelineChart.Draw(points, span.Covering(points.Select(point => point.Year)), width, height);
            described = TimelineChart.Describe(points);
        }
        else
        {
            plot = YearlyCountsChart.Draw(models, span);
            described = $"{models.Count} model families";
        }

        if (extension == ".svg")
        {
            plot.SaveSvg(output, width, height);
        }
        else
        {
            plot.SavePng(output, width, height);
        }

        return described;
    }
}
