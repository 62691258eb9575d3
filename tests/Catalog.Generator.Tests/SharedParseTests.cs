using System.Diagnostics;
using System.Text.Json;
using JapaneseLlm.Catalog.Generator;
using JapaneseLlm.Catalog.Model.Parsing;
using JapaneseLlm.Catalog.Model.Validation;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>
/// In one compilation the analyzers reuse the generator's parse of each file and its validation, which only
/// works when the compiler loads both components with one copy of the shared model, that is, from one folder.
/// </summary>
public sealed class SharedParseTests
{
    [Fact]
    public void The_analyzers_get_the_generators_parse_of_each_file_and_its_validation()
    {
        var files = TestCatalogs.Load("Sample");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(GeneratorHarness.RuntimeCompilation());
        var generatorParses = driver.GetRunResult().Results.Single().TrackedSteps[CatalogGenerator.ParseStep]
            .SelectMany(step => step.Outputs)
            .Select(output => (ParsedFile)output.Value)
            .ToList();

        Assert.Equal(files.Count, generatorParses.Count);
        foreach (var file in files)
        {
            var analyzerParse = SharedParses.Parse(file.GetText()!, file.Path, static text => text.ToString());
            Assert.Same(generatorParses.Single(parsed => parsed.Path == file.Path), analyzerParse);
        }

        Assert.Same(CatalogValidator.Validate(generatorParses), CatalogValidator.Validate(generatorParses.ToArray()));
    }

    [Fact]
    public void Another_text_of_a_file_is_parsed_anew()
    {
        var file = TestCatalogs.Load("Sample").First();
        var first = SharedParses.Parse(file.GetText()!, file.Path, static text => text.ToString());
        var reopened = TestCatalogs.Text(file.Path, file.GetText()!.ToString());

        Assert.NotSame(first, SharedParses.Parse(reopened.GetText()!, file.Path, static text => text.ToString()));
        Assert.Equal(first, SharedParses.Parse(reopened.GetText()!, file.Path, static text => text.ToString()));
    }

    [Fact]
    public void The_library_build_passes_the_generator_and_the_analyzers_from_one_folder()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "msbuild", RepositoryPaths.Combine("src", "Catalog", "Catalog.csproj"), "-nologo", "-t:ResolveProjectReferences",
            "-p:Configuration=Release", "-p:TargetFramework=net8.0", "-getItem:Analyzer",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + process.StandardError.ReadToEnd());

        var analyzers = JsonDocument.Parse(output).RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!)
            .ToList();
        string FolderOf(string assembly) => Path.GetDirectoryName(analyzers.Single(path => Path.GetFileName(path) == assembly))!;
        Assert.Equal(FolderOf("JapaneseLlm.Catalog.Generator.dll"), FolderOf("JapaneseLlm.Catalog.Analyzers.dll"));
    }
}
