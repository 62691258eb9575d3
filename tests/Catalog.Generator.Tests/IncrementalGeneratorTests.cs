using System.Collections.Immutable;
using JapaneseLlm.Catalog.Generator;
using JapaneseLlm.Catalog.Generator.Specs;
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
        var (driver, fileCount, _) = RunAfterEditing("sarashina2.yaml", text => text.Replace("year: 2024", "year: 2025", StringComparison.Ordinal));

        var parseOutputs = Outputs(driver, CatalogGenerator.ParseStep);
        Assert.Equal(fileCount, parseOutputs.Length);
        Assert.Single(parseOutputs, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.All(parseOutputs.Where(output => output.Reason != IncrementalStepRunReason.Modified), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));

        // Only the generated file holding the edited model changes; every other file keeps its cached output.
        var modelFiles = Outputs(driver, CatalogGenerator.ModelFilesStep);
        Assert.True(modelFiles.Length > 1, "the sample's models should spread over several files");
        Assert.Single(modelFiles, output => output.Reason == IncrementalStepRunReason.Modified);
        // The other generated files' records are not even resolved again: their groups kept their value.
        Assert.All(Outputs(driver, CatalogGenerator.BenchmarkFilesStep).Concat(Outputs(driver, CatalogGenerator.PaperFilesStep)), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.True(Outputs(driver, CatalogGenerator.TableSpecStep).Single().Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.True(Outputs(driver, CatalogGenerator.RegistrySpecStep).Single().Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void A_comment_line_at_the_top_of_a_model_file_re_emits_nothing()
    {
        // Every position in the file moves down a line; no fact of the record changes.
        var (driver, _, before) = RunAfterEditing("sarashina2.yaml", text => "# A comment above the record\n" + text);

        Assert.Single(Outputs(driver, CatalogGenerator.ParseStep), output => output.Reason == IncrementalStepRunReason.Modified);
        string[] afterParse =
        [
            CatalogGenerator.CrossFileFactsStep, CatalogGenerator.ValidateStep, CatalogGenerator.FileRecordsStep, CatalogGenerator.RecordGroupsStep, CatalogGenerator.ModelFilesStep,
            CatalogGenerator.BenchmarkFilesStep, CatalogGenerator.PaperFilesStep, CatalogGenerator.RegistrySpecStep, CatalogGenerator.TableSpecStep,
        ];
        foreach (var step in afterParse)
        {
            Assert.All(Outputs(driver, step), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }

        var sourceOutputs = driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(sourceOutputs);
        Assert.All(sourceOutputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(before, driver.GetRunResult().GeneratedTrees.Select(tree => tree.ToString()));
    }

    [Fact]
    public void Editing_one_field_re_emits_only_that_records_file_without_the_catalog_wide_step()
    {
        var (driver, _, _) = RunAfterEditing("sarashina2.yaml", text => text.Replace("architecture: Llama", "architecture: Llama 2", StringComparison.Ordinal));

        // The field is none of the cross-file facts: the catalog-wide step is not run, and one file's specs are built anew.
        Assert.All(Outputs(driver, CatalogGenerator.CrossFileFactsStep), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.Equal(IncrementalStepRunReason.Cached, Outputs(driver, CatalogGenerator.ValidateStep).Single().Reason);
        Assert.Single(Outputs(driver, CatalogGenerator.FileRecordsStep), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(IncrementalStepRunReason.Modified, Outputs(driver, CatalogGenerator.RecordGroupsStep).Single().Reason);

        // Of the generated files, only the one holding the edited model changes.
        var modified = Assert.Single(Outputs(driver, CatalogGenerator.ModelFilesStep), output => output.Reason == IncrementalStepRunReason.Modified);
        var group = Assert.IsType<RecordFileSpec<ModelSpec>>(modified.Value);
        Assert.Contains(group.Records, model => model.Record.Id == "sarashina2" && model.Record.Architecture!.English == "Llama 2");
        Assert.All(Outputs(driver, CatalogGenerator.ModelFilesStep).Where(output => output.Reason != IncrementalStepRunReason.Modified), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        var sourceOutputs = driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).ToList();
        Assert.Single(sourceOutputs, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.All(sourceOutputs.Where(output => output.Reason != IncrementalStepRunReason.Modified), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
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
            CatalogGenerator.ParseStep, CatalogGenerator.CrossFileFactsStep, CatalogGenerator.ValidateStep, CatalogGenerator.FileRecordsStep,
            CatalogGenerator.RecordGroupsStep, CatalogGenerator.ModelFilesStep, CatalogGenerator.BenchmarkFilesStep, CatalogGenerator.PaperFilesStep, CatalogGenerator.RegistrySpecStep,
            CatalogGenerator.TableSpecStep,
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

    [Fact]
    public void What_the_generator_emits_from_holds_no_positions()
    {
        var driver = GeneratorHarness.CreateDriver(TestCatalogs.Load("Sample")).RunGenerators(GeneratorHarness.RuntimeCompilation());
        var tracked = driver.GetRunResult().Results.Single().TrackedSteps;

        // Every step after the parse: a position there would make moved text re-emit code.
        string[] emittedFrom =
        [
            CatalogGenerator.CrossFileFactsStep, CatalogGenerator.ValidateStep, CatalogGenerator.FileRecordsStep, CatalogGenerator.RecordGroupsStep, CatalogGenerator.ModelFilesStep,
            CatalogGenerator.BenchmarkFilesStep, CatalogGenerator.PaperFilesStep, CatalogGenerator.RegistrySpecStep, CatalogGenerator.TableSpecStep,
        ];
        var positionTypes = new[] { typeof(Authoring.SourceSpan), typeof(Authoring.Records.EntryLocations), typeof(Authoring.Records.FieldLocations) };
        var seenTypes = new HashSet<Type>();
        foreach (var step in emittedFrom.SelectMany(name => tracked[name]))
        {
            foreach (var (value, _) in step.Outputs)
            {
                CollectTypes(value, new HashSet<object>(ReferenceEqualityComparer.Instance), seenTypes);
            }
        }

        Assert.Contains(typeof(Authoring.Records.ModelRecord), seenTypes);
        Assert.Empty(seenTypes.Intersect(positionTypes));
    }

    /// <summary>Runs the generator over the sample, edits one file, and runs it again from the warm driver.</summary>
    private static (GeneratorDriver Driver, int FileCount, List<string> SourcesBefore) RunAfterEditing(string fileName, Func<string, string> edit)
    {
        var files = TestCatalogs.Load("Sample");
        var compilation = GeneratorHarness.RuntimeCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var before = driver.GetRunResult().GeneratedTrees.Select(tree => tree.ToString()).ToList();

        var edited = files.Single(file => file.Path.EndsWith(fileName, StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(edited, TestCatalogs.Text(edited.Path, edit(edited.GetText()!.ToString()))).RunGenerators(compilation);
        return (driver, files.Count, before);
    }

    private static ImmutableArray<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriver driver, string stepName) =>
        driver.GetRunResult().Results.Single().TrackedSteps[stepName].SelectMany(step => step.Outputs).ToImmutableArray();

    /// <summary>Every type in an output's object graph (fields, items, boxed values).</summary>
    private static void CollectTypes(object? value, HashSet<object> seen, HashSet<Type> types)
    {
        if (value is null || value is string || !seen.Add(value))
        {
            return;
        }

        types.Add(value.GetType());
        if (value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                CollectTypes(item, seen, types);
            }
        }

        foreach (var field in value.GetType().GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
        {
            CollectTypes(field.GetValue(value), seen, types);
        }
    }

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
