using System.Text.Json;
using System.Text.Json.Nodes;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Export;
using Json.Schema;
using Xunit;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>
/// One JSON contract (issue 18, item 5): <c>jllm export --format json</c>, which reads YAML records, and the runtime's
/// serialization of its compiled objects write the same document, and it validates against the published schema.
/// </summary>
public sealed class JsonContractTests
{
    private static readonly Lazy<string> Export = new(() =>
    {
        var (catalog, _) = CatalogLoader.Load(TestPaths.Catalog);
        return CatalogJsonExporter.Export(catalog);
    });

    /// <summary>Loaded once: JsonSchema.Net registers a schema under its file's URI and refuses a second registration.</summary>
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(TestPaths.SchemaFolder, "export.schema.json")));

    /// <summary>
    /// Byte for byte rather than as parsed JSON: both writers go through the same contract types and options, so any
    /// difference (a value, an order, an escape) is a real one, and users may diff the two files.
    /// </summary>
    [Fact]
    public void The_export_of_the_catalog_is_the_runtimes_serialization_of_the_bundled_catalog_byte_for_byte()
    {
        var runtime = Json.CatalogJson.Serialize(JapaneseLlmCatalog.Instance);
        Assert.True(Export.Value.Length > 100_000, $"only {Export.Value.Length} characters");
        if (runtime != Export.Value)
        {
            var exportLines = Export.Value.Split('\n');
            var runtimeLines = runtime.Split('\n');
            var first = Enumerable.Range(0, Math.Min(exportLines.Length, runtimeLines.Length)).FirstOrDefault(index => exportLines[index] != runtimeLines[index]);
            Assert.Fail($"line {first + 1}: export {exportLines.ElementAtOrDefault(first)} / runtime {runtimeLines.ElementAtOrDefault(first)}");
        }
    }

    [Fact]
    public void Serializing_a_model_with_default_options_writes_its_export_entry()
    {
        var exported = JsonNode.Parse(Export.Value)!["models"]!.AsObject();
        Assert.All(JapaneseLlmCatalog.Models, model =>
            Assert.True(JsonNode.DeepEquals(exported[model.Id], JsonNode.Parse(JsonSerializer.Serialize(model))), model.Id));
        var catalog = JsonNode.Parse(JsonSerializer.Serialize(JapaneseLlmCatalog.Instance));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Export.Value), catalog));
    }

    [Fact]
    public void The_export_validates_against_the_published_schema()
    {
        var schema = Schema.Value;
        var result = schema.Evaluate(JsonDocument.Parse(Export.Value).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(detail => detail.Errors is { Count: > 0 }).Take(10)
            .Select(detail => $"{detail.InstanceLocation}: {string.Join("; ", detail.Errors!.Values)}")));
    }

    [Fact]
    public void The_schema_rejects_a_document_that_breaks_the_contract()
    {
        var schema = Schema.Value;
        var document = JsonNode.Parse(Export.Value)!;
        var model = document["models"]!.AsObject().First().Value!;
        model["category"] = "TextGeneration";
        Assert.False(schema.Evaluate(JsonSerializer.SerializeToElement(document)).IsValid, "a category outside the YAML's spellings");
        model["category"] = "text-generation";
        model.AsObject().Remove("training_data");
        Assert.False(schema.Evaluate(JsonSerializer.SerializeToElement(document)).IsValid, "a missing key");
        model["training_data"] = null;
        model["Year"] = 2024;
        Assert.False(schema.Evaluate(JsonSerializer.SerializeToElement(document)).IsValid, "an unknown key");
        model.AsObject().Remove("Year");
        model["announced"] = "2024/05/01";
        Assert.False(schema.Evaluate(JsonSerializer.SerializeToElement(document)).IsValid, "a date not written yyyy-mm-dd");
        model["announced"] = null;
        Assert.True(schema.Evaluate(JsonSerializer.SerializeToElement(document)).IsValid, "the document with every change undone but a date left unknown");
    }
}
