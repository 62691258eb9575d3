using System.Diagnostics;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;
using Xunit;

namespace JapaneseLlm.Catalog.Analyzers.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a small project that passes the analyzer to the compiler, as the package
/// does, with one broken YAML file: the canonical line CI annotations read, a failed build, and the ways a
/// user changes a severity (.globalconfig, NoWarn, WarningsAsErrors).
/// </summary>
public sealed class BuildTests
{
    private const string BrokenLine = @"(^|[\\/ ])catalog[\\/]models[\\/]probe\.yaml\(5,7\): {0} JLLM0215: Model 'probe' has 'year' = 2999";

    [Fact]
    public void A_broken_yaml_file_fails_the_build_with_the_canonical_line()
    {
        using var project = ProbeProject.Create();
        var (exitCode, output) = project.Build();

        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex(string.Format(BrokenLine, "error"), RegexOptions.Multiline), output);
    }

    [Fact]
    public void A_globalconfig_line_downgrades_the_rule()
    {
        using var project = ProbeProject.Create();
        project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.JLLM0215.severity = warning\n");
        var (exitCode, output) = project.Build();

        Assert.True(exitCode == 0, output);
        Assert.Matches(new Regex(string.Format(BrokenLine, "warning"), RegexOptions.Multiline), output);
    }

    [Fact]
    public void NoWarn_silences_and_WarningsAsErrors_escalates_a_warning_rule()
    {
        using var project = ProbeProject.Create(year: "2024", extra: "announced: 2025-01-02");
        var (silentExit, silent) = project.Build("-p:NoWarn=JLLM0216");
        var (strictExit, strict) = project.Build("-p:WarningsAsErrors=JLLM0216");

        Assert.True(silentExit == 0, silent);
        Assert.DoesNotContain("JLLM0216", silent, StringComparison.Ordinal);
        Assert.NotEqual(0, strictExit);
        Assert.Contains("error JLLM0216:", strict, StringComparison.Ordinal);
    }

    /// <summary>A project folder with the sample catalog, a probe model and the analyzer as the compiler sees it in a package.</summary>
    private sealed class ProbeProject : IDisposable
    {
        private readonly TempFolder folder = new();

        public static ProbeProject Create(string year = "2999", string extra = "")
        {
            var project = new ProbeProject();
            project.folder.WriteCatalog(SampleCatalog.With(RuleCases.Probe(year: year, extra: extra)));
            var analyzers = string.Concat(
                new[] { "JapaneseLlm.Catalog.Analyzers.dll", "JapaneseLlm.Catalog.Authoring.dll", "YamlDotNet.dll" }
                    .Select(file => $"    <Analyzer Include=\"{Path.Combine(AppContext.BaseDirectory, file)}\" />\n"));
            project.Write("Probe.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>disable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                {analyzers}    <AdditionalFiles Include="catalog/**/*.yaml" />
                  </ItemGroup>
                </Project>
                """);
            project.Write("Marker.cs", "namespace Probe { public static class Marker { } }\n");
            return project;
        }

        public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(folder.Path, relativePath), text);

        /// <summary>Builds from scratch: an incremental build that skips the compiler would print no diagnostics.</summary>
        public (int ExitCode, string Output) Build(params string[] properties)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "build", "--no-incremental", "-nologo", "-v:q", "-clp:NoSummary", "-p:UseSharedCompilation=false" }.Concat(properties))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + errors.Result);
        }

        public void Dispose() => folder.Dispose();
    }
}
