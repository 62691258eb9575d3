using JapaneseLlm.Catalog.Cli.Schema;
using Xunit;
using Xunit.Abstractions;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>
/// The parser and the JSON Schemas come from one description; these tests pin where they must agree: the same
/// files are clean for both, the same mistakes are errors for both, and the schema lists exactly the kinds the parser reads.
/// </summary>
public sealed class SchemaAgreementTests
{
    private readonly ITestOutputHelper output;

    public SchemaAgreementTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void The_schema_describes_exactly_the_kinds_the_parser_reads()
    {
        Assert.Equal(CatalogParser.Kinds, CatalogSchema.Files.Select(file => file.Kind));
    }

    [Fact]
    public void What_a_key_is_derived_from_is_a_list_cell_of_the_same_mapping()
    {
        // Sync lets a derived key follow the list only when its cell changes: the cell must be a key beside it that the list shows.
        var derived = CatalogSchema.Files.SelectMany(file => file.Root.Properties.Where(property => property.DerivedFrom is not null).Select(property => (file.Root, property))).ToList();
        Assert.Equal(["base_models", "datasets", "training", "caveat_added_for"], derived.Select(pair => pair.property.Key));
        Assert.All(derived, pair => Assert.Contains(pair.property.DerivedFrom!, ModelSchema.DisplayFields));
        Assert.All(derived, pair => Assert.Contains(pair.property.DerivedFrom!, pair.Root.Keys));
    }

    [Fact]
    public void Every_documented_example_parses_without_diagnostics()
    {
        Assert.Equal(CatalogSchema.Files.Select(file => file.Kind), SchemaExamples.All.Select(example => example.Kind));
        foreach (var example in SchemaExamples.All)
        {
            var parsed = CatalogParser.Parse(example.Path, example.Yaml);
            Assert.True(parsed.Diagnostics.Count == 0, $"{example.Path}: {string.Join("; ", parsed.Diagnostics.Select(diagnostic => diagnostic.Message))}");
            Assert.NotEmpty(parsed.Entries);
        }
    }

    [Fact]
    public void Every_model_key_is_known_to_the_parser()
    {
        // A file holding every key of the model description, each with a well-formed value, parses clean:
        // a key the description lists but the parser does not read would be reported as unknown.
        var keys = CatalogSchema.Files.Single(file => file.Kind == "model").Root.Keys;
        var parsed = CatalogParser.Parse("all-keys.yaml", ModelWithEveryKey(keys));
        Assert.True(parsed.Diagnostics.Count == 0, string.Join("; ", parsed.Diagnostics.Select(diagnostic => diagnostic.Message)));
    }

    public static TheoryData<string> KnownBadNames() => new(KnownBadFile.All().Select(file => file.Name));

    [Theory]
    [MemberData(nameof(KnownBadNames))]
    public void A_known_bad_file_gets_exactly_its_expected_parser_errors(string name)
    {
        var file = KnownBadFile.All().Single(candidate => candidate.Name == name);
        var errors = CatalogParser.Parse(file.Path, file.Text).Diagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error)
            .Select(diagnostic => (diagnostic.RuleId, diagnostic.Span.Line))
            .ToList();
        foreach (var (rule, line) in errors)
        {
            output.WriteLine($"{rule} {line}");
        }

        Assert.Equal(file.ParserErrors.Order(), errors.Order());
    }

    private static string ModelWithEveryKey(IEnumerable<string> keys)
    {
        var values = new Dictionary<string, string>
        {
            ["kind"] = "model",
            ["id"] = "every-key",
            ["section"] = "text-generation",
            ["year"] = "2025",
            ["announced"] = "2025-01-31",
            ["withdrawn"] = "2025-06-30",
            ["context_length"] = "4096",
            ["developers"] = "[llm-jp]",
            ["base_models"] = "[{model: llama-3, relation: continual-pretraining}]",
            ["licenses"] = "[apache-2.0]",
            ["datasets"] = "[ultrachat-200k]",
            ["training"] = "[{stage: instruction-tuning, label: SFT, datasets: [ultrachat-200k], tokens: 1.5T, amounts: [1.5T], applies_to: instruct}]",
            ["caveat_added_for"] = "[ultrachat-200k]",
            ["huggingface_support"] = "yes",
            ["variants"] = "[{label: 7b, size: 7b, hf: o/n, url: 'https://example.org', parameters: 7B, active_parameters: 1B, licenses: [mit]}]",
            ["footnotes"] = "{licenses: some-footnote}",
            ["parameters"] = "7B",
            ["active_parameters"] = "1B",
            ["undisclosed"] = "[training_data]",
            ["order"] = "10",
            ["suppress"] = "[{rule: JLLM0201, reason: because}]",
            ["other_columns"] = "[{column: notes, text: some text}]",
            ["links"] = "[{field: training_data, text: some text, url: 'https://example.org/data'}]",
        };
        return string.Join("\n", keys.Select(key => $"{key}: {values.GetValueOrDefault(key, "some text")}")) + "\n";
    }
}
