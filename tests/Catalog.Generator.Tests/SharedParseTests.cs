using JapaneseLlm.Catalog.Generator;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Validation;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>
/// In one compilation the analyzers reuse the generator's parse of each file and its validation, which only
/// works when the compiler loads both components with one copy of the shared model, that is, from one folder
/// (src/RoslynComponent.targets gives both one output folder, which src/Catalog passes to the compiler).
/// </summary>
public sealed class SharedParseTests
{
    [Fact]
    public void The_analyzers_get_the_generators_parse_of_each_file_and_its_validation()
    {
        var files = Isolated(TestCatalogs.Load("Sample"));
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
        var file = Isolated(TestCatalogs.Load("Sample")).First();
        var first = SharedParses.Parse(file.GetText()!, file.Path, static text => text.ToString());
        var reopened = TestCatalogs.Text(file.Path, file.GetText()!.ToString());

        Assert.NotSame(first, SharedParses.Parse(reopened.GetText()!, file.Path, static text => text.ToString()));
        Assert.Equal(first, SharedParses.Parse(reopened.GetText()!, file.Path, static text => text.ToString()));
    }

    [Fact]
    public void Each_path_keeps_its_own_parse()
    {
        var file = Isolated(TestCatalogs.Load("Sample")).First();
        var text = file.GetText()!;
        var parsed = SharedParses.Parse(text, file.Path, static text => text.ToString());
        var elsewhere = SharedParses.Parse(text, file.Path + ".copy.yaml", static text => text.ToString());

        Assert.Equal(file.Path + ".copy.yaml", elsewhere.Path);
        Assert.Same(parsed, SharedParses.Parse(text, file.Path, static text => text.ToString()));
    }

    [Fact]
    public void The_generator_and_the_analyzers_build_into_one_folder()
    {
        // This test's own build configuration (bin/<Configuration>/<framework>/) is the one the components were built in.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var folder = RepositoryPaths.Combine("artifacts", "roslyn", configuration, "netstandard2.0");

        Assert.True(File.Exists(Path.Combine(folder, "JapaneseLlm.Catalog.Generator.dll")), $"no generator in {folder}");
        Assert.True(File.Exists(Path.Combine(folder, "JapaneseLlm.Catalog.Analyzers.dll")), $"no analyzers in {folder}");
        Assert.True(File.Exists(Path.Combine(folder, "JapaneseLlm.Catalog.Authoring.dll")), $"no shared model in {folder}");
    }

    /// <summary>
    /// The parses are kept per path, and other tests running at the same time parse the same sample files:
    /// paths of this test's own keep them apart.
    /// </summary>
    private static IReadOnlyList<AdditionalText> Isolated(IReadOnlyList<AdditionalText> files)
    {
        var root = "/" + Guid.NewGuid().ToString("N");
        return files.Select(file => TestCatalogs.Text(root + file.Path, file.GetText()!.ToString())).ToList();
    }
}
