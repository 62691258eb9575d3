using System.IO.Compression;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>The jllm tool as users install it: a pointer package and one package per platform, from the feed.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class ToolPackageTests(PackedFeed feed, ITestOutputHelper output)
{
    private const string Tool = "JapaneseLlm.Catalog.Cli";

    private const long MaximumDownload = 15_000_000;

    private static readonly string[] Platforms = ["linux-x64", "linux-arm64", "linux-musl-x64", "osx-x64", "osx-arm64", "win-x64"];

    [Fact]
    public void Each_platform_downloads_under_15_MB_holding_only_its_own_native_libraries()
    {
        feed.PackTool();
        var pointer = new FileInfo(feed.PackagePath(Tool)).Length;
        output.WriteLine($"{Tool}: {pointer:N0} bytes");
        Assert.DoesNotContain(feed.Entries(Tool), entry => entry.EndsWith(".dll", StringComparison.Ordinal));

        foreach (var platform in Platforms)
        {
            var id = $"{Tool}.{platform}";
            var size = new FileInfo(feed.PackagePath(id)).Length;
            output.WriteLine($"{id}: {size:N0} bytes");
            Assert.InRange(size + pointer, 1, MaximumDownload);
            var natives = feed.Entries(id).Where(IsNativeLibrary).ToList();
            Assert.Contains(natives, entry => Path.GetFileName(entry).StartsWith("libSkiaSharp", StringComparison.Ordinal));
            Assert.All(natives, entry => Assert.StartsWith($"tools/net10.0/{platform}/", entry, StringComparison.Ordinal));
            Assert.DoesNotContain(natives, entry => entry.Contains("/runtimes/", StringComparison.Ordinal));
        }

        var neutral = feed.Entries($"{Tool}.any");
        output.WriteLine($"{Tool}.any: {new FileInfo(feed.PackagePath($"{Tool}.any")).Length:N0} bytes");
        Assert.Contains("tools/net10.0/any/jllm.dll", neutral);
        Assert.DoesNotContain(neutral, IsNativeLibrary);
    }

    [Fact]
    public void The_tool_installs_from_the_feed_for_this_platform_and_draws_svg_and_png()
    {
        feed.PackTool();
        var toolPath = Path.Combine(feed.Root, "tool");
        var (exitCode, text) = feed.Run(feed.Root, "tool", "install", "--tool-path", toolPath, "--add-source", feed.Feed, Tool, "--version", feed.Version);
        output.WriteLine(text);
        Assert.Equal(0, exitCode);
        var installed = Directory.EnumerateFiles(toolPath, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length);
        output.WriteLine($"installed: {installed:N0} bytes");
        // Unpacked, a download is about twice its size; the rest is the compiled catalog jllm query runs ModelQuery over
        // (JapaneseLlm.Catalog.dll, 1.3 MB) and the tool's own assemblies.
        Assert.InRange(installed, 1, 2 * MaximumDownload + 6_000_000);

        var catalog = Path.Combine(PackedFeed.RepositoryRoot, "catalog");
        foreach (var (file, kind) in new[] { ("timeline.svg", "timeline"), ("per-year.png", "per-year") })
        {
            var chart = Path.Combine(feed.Root, file);
            var (code, drawn) = Jllm(toolPath, "chart", "--kind", kind, "--out", chart, "--catalog", catalog);
            output.WriteLine(drawn);
            Assert.Equal(0, code);
            Assert.True(new FileInfo(chart).Length > 10_000, $"{file}: {new FileInfo(chart).Length} bytes");
        }

        Assert.StartsWith("<?xml", File.ReadAllText(Path.Combine(feed.Root, "timeline.svg")), StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(feed.Root, "per-year.png"))[..4]);
    }

    [Fact]
    public void The_platform_neutral_package_runs_every_command_but_chart_which_says_why()
    {
        feed.PackTool();
        var folder = Path.Combine(feed.Root, "neutral");
        ZipFile.ExtractToDirectory(feed.PackagePath($"{Tool}.any"), folder, overwriteFiles: true);
        var jllm = Path.Combine(folder, "tools", "net10.0", "any", "jllm.dll");
        var catalog = Path.Combine(PackedFeed.RepositoryRoot, "catalog");

        var (exitCode, text) = feed.Run(feed.Root, jllm, "query", "--developer", "sb-intuitions", "--catalog", catalog);
        output.WriteLine(text);
        Assert.Equal(0, exitCode);
        Assert.Contains("sarashina2", text, StringComparison.Ordinal);

        (exitCode, text) = feed.Run(feed.Root, jllm, "chart", "--out", Path.Combine(feed.Root, "neutral.svg"), "--catalog", catalog);
        output.WriteLine(text);
        Assert.Equal(2, exitCode);
        Assert.Contains("chart needs SkiaSharp's native library", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    private static bool IsNativeLibrary(string entry) =>
        Path.GetExtension(entry) is ".so" or ".dylib" || (entry.EndsWith(".dll", StringComparison.Ordinal) && Path.GetFileName(entry).StartsWith("lib", StringComparison.Ordinal));

    private static (int ExitCode, string Output) Jllm(string toolPath, params string[] arguments) =>
        ProcessRunner.Run(Path.Combine(toolPath, "jllm"), toolPath, arguments);
}
