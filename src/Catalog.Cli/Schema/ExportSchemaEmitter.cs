using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Json;

namespace JapaneseLlm.Catalog.Cli.Schema;

/// <summary>
/// The JSON Schema of the catalog's JSON contract (what <c>jllm export --format json</c> and the runtime's
/// <c>CatalogJson</c> write), generated from the contract's types so that it cannot drift from them. Every key is
/// required and no other is allowed, since both writers write every key; categories and commercial-use terms are
/// closed to the YAML's spellings, which the schema takes from the YAML's own vocabulary; dates are <c>yyyy-mm-dd</c>.
/// </summary>
internal static class ExportSchemaEmitter
{
    public const string FileName = "export.schema.json";

    /// <summary>Dates as both writers write them, <c>yyyy-mm-dd</c> (a pattern validates; "format": "date" only annotates).</summary>
    private const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    public static string Emit()
    {
        // Reflection here (jllm is not trimmed) reads the contract's nullable annotations, which make "type" exact.
        var options = new JsonSerializerOptions(CatalogJsonContext.Default.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var exporterOptions = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Close };
        var schema = options.GetJsonSchemaAsNode(typeof(CatalogDocument), exporterOptions).AsObject();
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "title", "jllm export --format json: the JapaneseLlm.Catalog JSON contract");
        return schema.ToJsonString(CatalogJsonContext.Readable.Options) + "\n";
    }

    private static JsonNode Close(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }

        if (context.PropertyInfo?.Name is "category")
        {
            node["enum"] = new JsonArray(ModelCategories.ByName.Keys.Select(name => (JsonNode?)JsonValue.Create(name)).ToArray());
        }
        else if (context.PropertyInfo?.Name is "commercial_use")
        {
            node["enum"] = new JsonArray(ClosedSets.CommercialUse.Keys.Select(name => (JsonNode?)JsonValue.Create(name)).ToArray());
        }
        else if (context.PropertyInfo?.Name is "announced" or "published")
        {
            node["pattern"] = DatePattern;
        }

        if (node["properties"] is JsonObject properties)
        {
            node["required"] = new JsonArray(properties.Select(property => (JsonNode?)JsonValue.Create(property.Key)).ToArray());
            node["additionalProperties"] = false;
        }

        return node;
    }
}
