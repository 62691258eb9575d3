using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JapaneseLlm.Catalog.Json;

/// <summary>
/// The catalog's JSON contract, source-generated (no reflection, so trimming- and AOT-safe): snake_case keys, texts
/// as plain text per language, values in the YAML's spellings, every key written (null where a value is unknown).
/// </summary>
/// <remarks>
/// <see cref="JsonSerializerContext.Options"/> of <c>Default</c> escape non-ASCII characters as System.Text.Json does by
/// default; <see cref="Readable"/> writes Japanese and French as they are, as <c>jllm export --format json</c> does.
/// The two documents parse to the same JSON.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CatalogDocument))]
[JsonSerializable(typeof(ModelDocument))]
public partial class CatalogJsonContext : JsonSerializerContext
{
    private static CatalogJsonContext? readable;

    /// <summary>The contract with text written unescaped (UTF-8 as it is), as <c>jllm export --format json</c> writes it.</summary>
    public static CatalogJsonContext Readable =>
        readable ??= new CatalogJsonContext(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
