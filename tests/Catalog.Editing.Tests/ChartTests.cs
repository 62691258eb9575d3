using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Charts;
using JapaneseLlm.Catalog.Cli.Compiled;
using Xunit;
using ModelRecord = JapaneseLlm.Catalog.Authoring.Records.ModelRecord;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary><c>jllm chart</c> draws headless, to SVG and to PNG, from the catalog.</summary>
public sealed class ChartTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("jllm-chart-").FullName;

    [Fact]
    public void The_timeline_is_written_as_svg_with_every_category_in_the_legend()
    {
        var file = Path.Combine(folder, "timeline.svg");
        var (code, stdout, stderr) = JllmRunner.OnCatalog("chart", "--out", file);
        Assert.True(code == 0, stderr);
        Assert.Contains("Drew", stdout);
        var svg = File.ReadAllText(file);
        Assert.Contains("<svg", svg);
        foreach (var label in new[] { "Text generation", "Vision-language", "Encoder", "Parameters (log scale)" })
        {
            Assert.Contains(label, svg);
        }
    }

    [Fact]
    public void The_timeline_says_how_many_points_are_dated_by_year_only_counted_from_the_compiled_catalog()
    {
        // Every distinct size of every family, as the runtime library sees the catalog.
        var points = JapaneseLlmCatalog.Models
            .SelectMany(model => new[] { model.Parameters }.Concat(model.Variants.Select(variant => variant.Parameters)).OfType<long>().Distinct().Select(_ => model))
            .ToList();
        var yearOnly = points.Count(model => model.Announced is null);
        Assert.InRange(yearOnly, 1, points.Count - 1);

        var file = Path.Combine(folder, "counts.svg");
        var (code, stdout, stderr) = JllmRunner.OnCatalog("chart", "--out", file);
        Assert.True(code == 0, stderr);
        var svg = File.ReadAllText(file);
        Assert.Contains($"Hollow: only the year known ({yearOnly} points)", svg);
        Assert.Contains($"Filled: announcement day known ({points.Count - yearOnly} points)", svg);
        Assert.Contains($"({yearOnly} dated by year only)", stdout);
    }

    [Fact]
    public void The_timeline_has_one_column_per_year_of_the_models_drawn_and_none_after()
    {
        var years = JapaneseLlmCatalog.Models.Where(model => model.MaxParameters is not null).Select(model => model.Year).ToList();
        var file = Path.Combine(folder, "columns.svg");
        var (code, _, stderr) = JllmRunner.OnCatalog("chart", "--out", file);
        Assert.True(code == 0, stderr);
        var svg = File.ReadAllText(file);
        Assert.Contains($"Japanese LLMs by parameter count, {years.Min()}–{years.Max()}", svg);
        Assert.Matches($@">\s*{years.Max()}\s*</text>", svg);
        Assert.DoesNotMatch($@">\s*{years.Max() + 1}\s*</text>", svg);
    }

    [Fact]
    public void Every_point_stays_inside_its_years_column_and_apart_from_the_others_while_the_column_has_room()
    {
        // A crowded column: 30 points at one size, 30 more spread over a decade, and a lone point in the next year.
        var points = Enumerable.Range(0, 30).Select(_ => (Year: 2024, Y: 9.85))
            .Concat(Enumerable.Range(0, 30).Select(index => (Year: 2024, Y: 9 + index / 30.0)))
            .Append((Year: 2025, Y: 10.0))
            .ToList();
        const double pixelsPerYear = 300, pixelsPerUnitY = 120, marker = 8;

        var x = YearColumnLayout.Place(points, pixelsPerYear, pixelsPerUnitY, marker);

        for (var index = 0; index < points.Count; index++)
        {
            Assert.InRange(x[index], points[index].Year + 0.0001, points[index].Year + 0.9999);
        }

        Assert.Equal(2025.5, x[^1]);
        for (var first = 0; first < points.Count; first++)
        {
            for (var second = first + 1; second < points.Count; second++)
            {
                var dx = (x[first] - x[second]) * pixelsPerYear;
                var dy = (points[first].Y - points[second].Y) * pixelsPerUnitY;
                Assert.True(Math.Sqrt(dx * dx + dy * dy) >= marker - 1e-9, $"points {first} and {second} overlap");
            }
        }
    }

    [Fact]
    public void A_column_with_more_points_than_room_still_keeps_them_in_the_column()
    {
        var points = Enumerable.Range(0, 200).Select(_ => (Year: 2024, Y: 10.0)).ToList();
        var x = YearColumnLayout.Place(points, pixelsPerYear: 100, pixelsPerUnitY: 100, markerPixels: 8);
        Assert.All(x, value => Assert.InRange(value, 2024.0, 2025.0));
    }

    [Theory]
    [InlineData(99999)]
    [InlineData(1924)]
    public void A_year_far_from_the_others_is_refused_naming_the_model(int year)
    {
        var models = Compiled(("a", 2023), ("b", 2024), ("c", 2024), ("d", 2025), ("typo", year));
        Assert.False(YearSpan.TryOf(models, out _, out var problem));
        Assert.Contains($"model 'typo' has year {year}", problem);
        Assert.Contains("median year is 2024", problem);
        Assert.True(YearSpan.TryOf(models.Take(4).ToList(), out var span, out _));
        Assert.Equal(new YearSpan(2023, 2025), span);
    }

    [Theory]
    [InlineData("timeline", "1924")]
    [InlineData("per-year", "99999")]
    public void A_mistyped_year_stops_the_chart_with_a_message_naming_the_model_and_no_file(string kind, string year)
    {
        var catalog = CopyOfCatalog(out var id, year);
        var file = Path.Combine(folder, kind + ".svg");
        var (code, _, stderr) = JllmRunner.Run("chart", "--kind", kind, "--out", file, "--catalog", catalog);
        Assert.Equal(1, code);
        Assert.Contains($"model '{id}' has year {year}", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void The_per_year_chart_is_written_as_png()
    {
        var file = Path.Combine(folder, "per-year.png");
        var (code, _, stderr) = JllmRunner.OnCatalog("chart", "--kind", "per-year", "--out", file, "--width", "800", "--height", "500");
        Assert.True(code == 0, stderr);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes: too small to hold the chart");
    }

    [Fact]
    public void Another_extension_is_a_usage_error()
    {
        var (code, _, stderr) = JllmRunner.OnCatalog("chart", "--out", Path.Combine(folder, "chart.jpg"));
        Assert.Equal(2, code);
        Assert.Contains(".svg or .png", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    private static IReadOnlyList<CompiledModel> Compiled(params (string Id, int Year)[] models) =>
        CompiledCatalog.Compile([], models.Select(model => new ModelRecord(model.Id, model.Id + ".yaml") { Year = model.Year }).ToList(), [], [], [], [], [], [], []).Models;

    /// <summary>A copy of the catalog in which one model without an announcement day has the given year.</summary>
    private string CopyOfCatalog(out string id, string year)
    {
        var copy = Path.Combine(folder, "catalog-" + year);
        foreach (var (path, text) in TestPaths.CatalogFiles())
        {
            var target = Path.Combine(copy, Path.GetRelativePath(TestPaths.Catalog, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }

        var model = Directory.EnumerateFiles(Path.Combine(copy, "models"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .First(path => Regex.IsMatch(File.ReadAllText(path), "^year: 2024$", RegexOptions.Multiline) && !File.ReadAllText(path).Contains("\nannounced:", StringComparison.Ordinal));
        var yaml = File.ReadAllText(model);
        id = Regex.Match(yaml, "^id: (?<id>.+)$", RegexOptions.Multiline).Groups["id"].Value.Trim();
        File.WriteAllText(model, Regex.Replace(yaml, "^year: 2024$", "year: " + year, RegexOptions.Multiline));
        return copy;
    }
}
