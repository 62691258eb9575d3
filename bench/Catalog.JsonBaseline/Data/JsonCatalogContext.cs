using System.Text.Json.Serialization;

namespace JapaneseLlm.Catalog.JsonBaseline.Data;

/// <summary>
/// System.Text.Json's source-generated metadata for the document: no reflection at run time, which is
/// the fastest start System.Text.Json offers and so the fair baseline.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonCatalogDocument))]
public sealed partial class JsonCatalogContext : JsonSerializerContext;
