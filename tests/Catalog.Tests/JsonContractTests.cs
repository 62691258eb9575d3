using System.Text.Json;
using System.Text.Json.Nodes;
using JapaneseLlm.Catalog.Json;
using Xunit;
using YamlRecords = JapaneseLlm.Catalog.Authoring.Records;
using YamlSchema = JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>The runtime's side of the JSON contract (issue 18, item 5); jllm's side is compared with it in the editing tests.</summary>
public sealed class JsonContractTests
{
    [Fact]
    public void The_contract_spells_categories_and_commercial_use_as_the_yaml_does()
    {
        var categories = YamlRecords.ModelCategories.ByName.ToDictionary(pair => pair.Value.ToString(), pair => pair.Key);
        Assert.All(Enum.GetValues<ModelCategory>(), category => Assert.Equal(categories[category.ToString()], CatalogJson.Spelling(category)));
        var uses = YamlSchema.ClosedSets.CommercialUse.ToDictionary(pair => pair.Value.ToString(), pair => pair.Key);
        Assert.All(Enum.GetValues<CommercialUse>(), use => Assert.Equal(uses[use.ToString()], CatalogJson.Spelling(use)));
    }

    [Fact]
    public void A_model_serializes_in_the_contracts_shape_however_it_is_serialized()
    {
        var model = JapaneseLlmCatalog.Models.First(candidate => candidate.Announced is not null && candidate.Variants.Count > 1);
        var expected = JsonNode.Parse(CatalogJson.Serialize(model))!;
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(JsonSerializer.Serialize(model))), "JsonSerializer.Serialize(model) with default options");
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(JsonSerializer.Serialize(CatalogJson.ToDocument(model), CatalogJsonContext.Default.ModelDocument))), "the context's Default");
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(JsonSerializer.Serialize(new { model }))!["model"]), "a model inside another object");

        Assert.Equal(model.Id, (string?)expected["id"]);
        Assert.Equal(CatalogJson.Spelling(model.Category), (string?)expected["category"]);
        Assert.Equal(model.Announced!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)expected["announced"]);
        Assert.Equal(model.MaxParameters, (long?)expected["parameters"]);
        Assert.Equal(model.Variants.Select(variant => variant.Label), expected["variants"]!.AsArray().Select(variant => (string?)variant!["label"]));
        Assert.Equal(model.HasOpenAiTermsCaveat, (bool)expected["openai_terms_caveat"]!);
        Assert.DoesNotContain("\\u", CatalogJson.Serialize(model), StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_document_keys_every_entry_by_id_in_ordinal_order()
    {
        var document = JsonNode.Parse(CatalogJson.Serialize(JapaneseLlmCatalog.Instance))!;
        var models = document["models"]!.AsObject().Select(pair => pair.Key).ToList();
        Assert.Equal(JapaneseLlmCatalog.Models.Select(model => model.Id).Order(StringComparer.Ordinal), models);
        Assert.Equal(JapaneseLlmCatalog.Models.Count, (int)document["counts"]!["models"]!);
        Assert.Equal(JapaneseLlmCatalog.Licenses.Count, document["licenses"]!.AsObject().Count);
    }

    [Fact]
    public void A_compiled_model_is_not_read_back_but_its_document_is()
    {
        var json = CatalogJson.Serialize(JapaneseLlmCatalog.Models[0]);
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<Model>(json));
        var document = JsonSerializer.Deserialize(json, CatalogJsonContext.Default.ModelDocument)!;
        Assert.Equal(json, JsonSerializer.Serialize(document, CatalogJsonContext.Readable.ModelDocument));
    }
}
