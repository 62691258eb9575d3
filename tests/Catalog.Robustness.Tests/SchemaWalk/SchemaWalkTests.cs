using System.Text.Json;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Export;
using JapaneseLlm.Catalog.Cli.Yaml;
using JapaneseLlm.Catalog.Robustness.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness.SchemaWalk;

/// <summary>
/// Every key the schema description lists, for every kind of file, is taken through every stage: YAML → parse →
/// generated C# → runtime property, → <c>jllm export</c>, and → YAML writer → parse. A key that a stage forgets
/// fails here by name; a key that a stage leaves out on purpose says why in the description
/// (<c>NotInRuntime</c>, <c>NotInExport</c>). A new key needs no change here, only a new shape does.
/// </summary>
public sealed class SchemaWalkTests
{
    private static readonly Lazy<SchemaSample> Sample = new(SchemaSample.Create);

    [Fact]
    public void The_sample_holds_every_key_and_parses_without_errors()
    {
        var sample = Sample.Value;
        var errors = Parse(sample.Files).SelectMany(file => file.Diagnostics).Where(diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error);
        Assert.Empty(errors.Select(diagnostic => $"{diagnostic.Path}:{diagnostic.Span.Line}: {diagnostic.Message}"));
        AssertNoneForgotten(Forgotten(OutputLeaves.Of(Parse(sample.Files).SelectMany(file => file.Entries)), sample.Values));
    }

    /// <summary>The reader and the YAML writer reach a key only through its accessor, so an unbound key would be neither read nor written.</summary>
    [Fact]
    public void Every_key_is_held_by_a_record_member_of_its_shape()
    {
        var unbound = new List<string>();
        foreach (var file in CatalogSchema.Files)
        {
            foreach (var (owner, property) in FieldValues.Walk(file.Root))
            {
                var isRegistryList = owner == file.Root && property.Key == file.Kind && file.Entries is not null;
                if (property.Shape == ValueShape.Kind || isRegistryList)
                {
                    continue;
                }

                if (property.Access is null)
                {
                    unbound.Add($"{file.Kind}: {owner.Name}.{property.Key}");
                    continue;
                }

                FieldValues.Check(property, owner.Name);
            }
        }

        Assert.Empty(unbound);
    }

    [Fact]
    public void A_key_held_by_a_member_of_another_shape_is_refused()
    {
        var misdeclared = new SchemaProperty("year", ValueShape.Integer, "A year held as text.")
        {
            Access = new RecordAccess<PaperRecord>().Member(paper => paper.Venue, (paper, venue) => paper with { Venue = venue }),
        };

        var error = Assert.Throws<InvalidOperationException>(() => FieldValues.Check(misdeclared, "paper"));
        Assert.Contains("paper.year", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_key_reaches_the_typed_catalog()
    {
        var sample = Sample.Value;
        var build = CatalogBuild.Of([.. sample.Files.Select(file => new CorpusText("/walk/" + file.Key, file.Value))]);
        Assert.Empty(build.CompilerDiagnostics.Select(diagnostic => diagnostic.ToString()));
        var errors = build.CatalogDiagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var compiled = CompiledCatalog.Load(build.Generator.Output);
        var records = compiled.Kinds.SelectMany(kind => compiled.Ids(kind).Select(id => compiled.Find(kind, id)!));
        AssertNoneForgotten(Forgotten(OutputLeaves.Of(records), sample.Values.Where(value => value.NotInRuntime is null)));
    }

    [Fact]
    public void Every_key_reaches_the_json_export()
    {
        var sample = Sample.Value;
        using var document = JsonDocument.Parse(CatalogJsonExporter.Export(Load(sample.Files)));
        AssertNoneForgotten(Forgotten(OutputLeaves.Of(document.RootElement), sample.Values.Where(value => value.NotInExport is null)));
    }

    [Fact]
    public void Every_model_key_reaches_its_column_of_the_csv_export()
    {
        var sample = Sample.Value;
        var rows = SampleCsv.Rows(CatalogCsvExporter.Export(Load(sample.Files)));
        AssertNoneForgotten(SampleCsv.Forgotten(rows[0], rows.Single(row => row[0] == "sample-model"), sample.Values));
    }

    [Fact]
    public void A_csv_export_that_drops_a_column_is_caught()
    {
        var sample = Sample.Value;
        var rows = SampleCsv.Rows(CatalogCsvExporter.Export(Load(sample.Files)));
        var header = rows[0].Select(column => column == "architecture" ? "renamed" : column).ToArray();
        var row = rows.Single(row => row[0] == "sample-model");
        Assert.Equal(["model.architecture"], SampleCsv.Forgotten(header, row, sample.Values));
        var emptied = row.Select((cell, index) => rows[0][index] == "training" ? "" : cell).ToArray();
        Assert.Equal(["training-stage.stage", "training-stage.label", "training-stage.datasets", "training-stage.tokens", "training-stage.applies_to"], SampleCsv.Forgotten(rows[0], emptied, sample.Values));
    }

    [Fact]
    public void Every_key_survives_the_yaml_writer()
    {
        var sample = Sample.Value;
        var written = CatalogFileSet.From(Load(sample.Files));
        var reparsed = Parse(written);
        Assert.Empty(reparsed.SelectMany(file => file.Diagnostics).Where(diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error).Select(diagnostic => diagnostic.Message));
        AssertNoneForgotten(Forgotten(OutputLeaves.Of(reparsed.SelectMany(file => file.Entries)), sample.Values));
    }

    [Fact]
    public void A_stage_that_drops_a_key_is_caught()
    {
        // The check itself, against an output that lost one value: the walk must name that key.
        var sample = Sample.Value;
        var leaves = OutputLeaves.Of(Parse(sample.Files).SelectMany(file => file.Entries));
        var dropped = sample.Values.First(value => value.Owner == "model" && value.Property.Key == "architecture");
        leaves.ExceptWith(dropped.Forms);
        Assert.Equal(["model.architecture"], Forgotten(leaves, sample.Values));
    }

    private static void AssertNoneForgotten(List<string> forgotten) =>
        Assert.True(forgotten.Count == 0, "keys a stage forgot: " + string.Join(", ", forgotten));

    private static List<string> Forgotten(HashSet<string> leaves, IEnumerable<SampleValue> values) =>
        [.. values.Where(value => !OutputLeaves.Holds(leaves, value)).Select(value => value.ToString())];

    private static List<ParsedFile> Parse(IEnumerable<KeyValuePair<string, string>> files) =>
        [.. files.Select(file => CatalogParser.Parse(file.Key, file.Value))];

    private static CatalogContent Load(IReadOnlyDictionary<string, string> files)
    {
        var (content, diagnostics) = CatalogLoader.Load(files);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error);
        return content;
    }
}
