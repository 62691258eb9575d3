namespace JapaneseLlm.Catalog.UsageAnalyzers;

/// <summary>The use a project declares for the catalog's models (<see cref="CatalogUsagePolicy"/>).</summary>
internal enum CatalogUsage
{
    Unspecified,
    Commercial,
    Research,
    Personal,
}
