using JapaneseLlm.Catalog.Cli.Catalog;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>
/// The whole catalog as one JSON document, in the manner of models.dev's api.json: each kind an object keyed
/// by id, so a script can look a model up without scanning. Deterministic: no timestamp, entries in id order.
/// The runtime's <c>CatalogJson</c> fills it from the records compiled into the runtime's objects (src/Catalog.Cli.Compiled),
/// so the export and <c>CatalogJson.Serialize</c> are one writer; catalog/schema/export.schema.json describes it.
/// </summary>
internal static class CatalogJsonExporter
{
    public static string Export(CatalogContent catalog) => catalog.Compile().Json();
}
