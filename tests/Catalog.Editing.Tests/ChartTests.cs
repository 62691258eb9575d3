using Xunit;

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
}
