using System.Text.Json;
using JapaneseLlm.Catalog.JsonBaseline.Data;

namespace JapaneseLlm.Catalog.JsonBaseline;

/// <summary>
/// The catalog read from the embedded <c>catalog.json</c> the way an application without a generator
/// would: deserialize the whole document, then index it. Any look-up therefore pays for the full load.
/// </summary>
public sealed class JsonCatalog
{
    public const string ResourceName = "catalog.json";

    private readonly Dictionary<string, JsonModel> modelsById;
    private readonly Dictionary<string, JsonDeveloper> developersById;
    private readonly Dictionary<string, JsonLicense> licensesById;
    private Dictionary<string, JsonModel>? modelsByHuggingFaceId;

    private JsonCatalog(JsonCatalogDocument document)
    {
        Document = document;
        modelsById = document.Models.ToDictionary(model => model.Id, StringComparer.Ordinal);
        developersById = document.Developers.ToDictionary(developer => developer.Id, StringComparer.Ordinal);
        licensesById = document.Licenses.ToDictionary(license => license.Id, StringComparer.Ordinal);
    }

    public JsonCatalogDocument Document { get; }

    public static JsonCatalog Load()
    {
        using var stream = typeof(JsonCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing: build Catalog.JsonBaseline to export it.");
        var document = JsonSerializer.Deserialize(stream, JsonCatalogContext.Default.JsonCatalogDocument)
            ?? throw new InvalidOperationException($"The resource {ResourceName} holds no catalog.");
        return new JsonCatalog(document);
    }

    public JsonModel? FindModel(string id) => modelsById.GetValueOrDefault(id);

    /// <summary>Case-insensitive, as the Hub treats repo ids; the first model listing a repo owns it, as in the generated catalog.</summary>
    public JsonModel? FindByHuggingFaceId(string repoId) =>
        (modelsByHuggingFaceId ??= IndexByHuggingFaceId(Document.Models)).GetValueOrDefault(repoId);

    public JsonDeveloper Developer(string id) => developersById[id];

    public JsonLicense License(string id) => licensesById[id];

    private static Dictionary<string, JsonModel> IndexByHuggingFaceId(IReadOnlyList<JsonModel> models)
    {
        var index = new Dictionary<string, JsonModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in models)
        {
            foreach (var variant in model.Variants)
            {
                if (variant.HuggingFaceId is { } repoId)
                {
                    index.TryAdd(repoId, model);
                }
            }
        }

        return index;
    }
}
