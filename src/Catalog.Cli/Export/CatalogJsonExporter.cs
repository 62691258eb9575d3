using System.Text.Json;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Json;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>
/// The whole catalog as one JSON document, in the manner of models.dev's api.json: each kind an object keyed
/// by id, so a script can look a model up without scanning. Deterministic: no timestamp, entries in id order.
/// The shape is the runtime's contract (<c>CatalogJson.Serialize</c> writes the same document from compiled objects),
/// and catalog/schema/export.schema.json describes it.
/// </summary>
internal static class CatalogJsonExporter
{
    public static string Export(CatalogContent catalog) =>
        JsonSerializer.Serialize(RecordDocuments.Catalog(catalog), CatalogJsonContext.Readable.CatalogDocument) + "\n";
}
