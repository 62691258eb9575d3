using BenchmarkDotNet.Attributes;
using JapaneseLlm.Catalog.Performance.Infrastructure;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Validation;
using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Performance.Generator;

/// <summary>
/// The generator as the IDE runs it, on one catalog: a cold run, the re-runs after a YAML and a .cs keystroke,
/// and the YAML parse + validation alone, the floor of any YAML-based approach. The driver parses the
/// generated files into syntax trees only when they are first read, so a cold run is timed both without
/// (the generator's own time, as csc's analyzer report counts it) and with those trees (what the IDE or
/// compiler pays before it can bind).
/// </summary>
[Config(typeof(Report.SuiteConfig))]
public abstract class GeneratorBenchmarks
{
    private GeneratorScenario scenario = null!;
    private IReadOnlyList<InMemoryAdditionalText> catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalog = LoadCatalog();
        var census = CatalogCensus.Of(catalog);
        if (census.CompiledModels == 0 || (IsSynthetic && census.CompiledModels != census.ModelFiles))
        {
            throw new InvalidOperationException($"Not every model of the catalog compiles ({census}): the benchmark would time rejections.");
        }

        scenario = new GeneratorScenario(catalog);
        var generated = scenario.ColdRun().GetRunResult().Results.Single().GeneratedSources;
        Console.WriteLine($"// {GetType().Name}: {census} -> {generated.Length} generated files, {generated.Sum(source => source.SourceText.Length) / 1024} KiB of C#; keystroke in {scenario.EditedPath}");
    }

    [Benchmark]
    public GeneratorDriver ColdRun() => scenario.ColdRun();

    [Benchmark]
    public int ColdRunWithTrees()
    {
        var characters = 0;
        foreach (var tree in scenario.ColdRun().GetRunResult().GeneratedTrees)
        {
            characters += tree.GetRoot().FullSpan.Length;
        }

        return characters;
    }

    [Benchmark]
    public GeneratorDriver YamlKeystroke() => scenario.RunAfterYamlKeystroke();

    [Benchmark]
    public GeneratorDriver CSharpKeystroke() => scenario.RunAfterCSharpKeystroke();

    /// <summary>The floor of any YAML-based approach: every file through the shared parser, then the cross-file checks.</summary>
    [Benchmark]
    public ValidatedCatalog ParseAndValidate() => CatalogValidator.Validate(catalog.Select(file => CatalogParser.Parse(file.Path, file.Text)).ToList());

    /// <summary>A synthetic catalog is valid by construction, so every one of its models must compile.</summary>
    private protected virtual bool IsSynthetic => false;

    private protected abstract IReadOnlyList<InMemoryAdditionalText> LoadCatalog();
}
