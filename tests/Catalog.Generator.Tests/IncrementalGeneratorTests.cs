using System.Collections.Immutable;
using JapaneseLlm.Catalog.Generator;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

public sealed class IncrementalGeneratorTests
{
    [Fact]
    public void Editing_one_yaml_file_reparses_only_that_file()
    {
        var files = TestCatalogs.Load("Sample");
        var compilation = GeneratorHarness.RuntimeCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var edited = files.Single(file => file.Path.EndsWith("sarashina2.yaml", StringComparison.Ordinal));
        var newText = edited.GetText()!.ToString().Replace("year: 2024", "year: 2025", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(edited, TestCatalogs.Text(edited.Path, newText)).RunGenerators(compilation);

        var parseOutputs = Outputs(driver, CatalogGenerator.ParseStep);
        Assert.Equal(files.Count, parseOutputs.Length);
        Assert.Single(parseOutputs, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.All(parseOutputs.Where(output => output.Reason != IncrementalStepRunReason.Modified), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));

        // Only the generated file holding the edited model changes; every other file keeps its cached output.
        var modelFiles = Outputs(driver, CatalogGenerator.ModelFilesStep);
        Assert.True(modelFiles.Length > 1, "the sample's models should spread over several files");
        Assert.Single(modelFiles, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.All(Outputs(driver, CatalogGenerator.BenchmarkFilesStep).Concat(Outputs(driver, CatalogGenerator.PaperFilesStep)), output =>
            Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Outputs(driver, CatalogGenerator.TableSpecStep).Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Outputs(driver, CatalogGenerator.RegistrySpecStep).Single().Reason);
    }

    [Fact]
    public void Editing_a_cs_file_reparses_no_yaml_file()
    {
        var files = TestCatalogs.Load("Sample");
        var compilation = GeneratorHarness.RuntimeCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace User { class Edited { } }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        var parseOutputs = result.TrackedSteps[CatalogGenerator.ParseStep].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(files.Count, parseOutputs.Count);
        Assert.All(parseOutputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.NotEmpty(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Pipeline_steps_hold_no_roslyn_or_yaml_objects()
    {
        var driver = GeneratorHarness.CreateDriver(TestCatalogs.Load("Sample")).RunGenerators(GeneratorHarness.RuntimeCompilation());
        string[] ourSteps =
        [
            CatalogGenerator.ParseStep, CatalogGenerator.ValidateStep, CatalogGenerator.ModelFilesStep, CatalogGenerator.BenchmarkFilesStep,
            CatalogGenerator.PaperFilesStep, CatalogGenerator.RegistrySpecStep, CatalogGenerator.TableSpecStep,
        ];
        var tracked = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.All(ourSteps, name => Assert.True(tracked.ContainsKey(name), name));
        foreach (var step in ourSteps.SelectMany(name => tracked[name]))
        {
            foreach (var (value, _) in step.Outputs)
            {
                AssertNoBannedTypes(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step.Name ?? "(unnamed)");
            }
        }
    }

    private static ImmutableArray<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriver driver, string stepName) =>
        driver.GetRunResult().Results.Single().TrackedSteps[stepName].SelectMany(step => step.Outputs).ToImmutableArray();

    /// <summary>Walks an output's object graph: Roslyn and YamlDotNet objects would defeat caching and pin memory.</summary>
    private static void AssertNoBannedTypes(object? value, HashSet<object> seen, string step)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        var ns = type.Namespace ?? string.Empty;
        Assert.False(ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || ns.StartsWith("YamlDotNet", StringComparison.Ordinal), $"{step} holds a {type.FullName}");
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoBannedTypes(item, seen, step);
            }
        }

        foreach (var field in type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
        {
            AssertNoBannedTypes(field.GetValue(value), seen, step);
        }
    }
}
