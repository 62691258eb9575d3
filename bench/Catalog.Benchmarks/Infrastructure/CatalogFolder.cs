namespace JapaneseLlm.Catalog.Performance.Infrastructure;

/// <summary>
/// Reads a catalog folder as the compiler receives it: every <c>*.yaml</c> below it except <c>schema/</c>
/// (the same items as src/Catalog's <c>AdditionalFiles</c>), with full paths, in ordinal order.
/// </summary>
internal static class CatalogFolder
{
    public static IReadOnlyList<InMemoryAdditionalText> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var schema = Path.Combine(Path.GetFullPath(folder), "schema") + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Path.GetFullPath(folder), "*.yaml", SearchOption.AllDirectories)
            .Where(path => !path.StartsWith(schema, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new InMemoryAdditionalText(path, File.ReadAllText(path)))
            .ToList();
    }

    /// <summary>The real catalog, failing clearly while the import has not landed.</summary>
    public static IReadOnlyList<InMemoryAdditionalText> ReadRealCatalog()
    {
        var texts = Read(RepositoryPaths.Catalog);
        return texts.Any(YamlKeystroke.IsModelFile)
            ? texts
            : throw new InvalidOperationException($"{RepositoryPaths.Catalog} holds no model records: the real-catalog benchmarks need the imported catalog.");
    }
}
