using JapaneseLlm.Catalog.Cli.Catalog;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>The imported catalog and the report of what the import did.</summary>
internal sealed record ImportResult(CatalogContent Catalog, ImportReport Report);
