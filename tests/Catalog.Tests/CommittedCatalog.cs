using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Validation;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>The YAML under catalog/, read with the shared parser: what the compiled catalog must hold.</summary>
internal static class CommittedCatalog
{
    private static readonly Lazy<(IReadOnlyList<ParsedFile> Files, ValidatedCatalog Catalog)> Loaded = new(Load);

    public static IReadOnlyList<ParsedFile> Files => Loaded.Value.Files;

    public static ValidatedCatalog Validated => Loaded.Value.Catalog;

    private static (IReadOnlyList<ParsedFile>, ValidatedCatalog) Load()
    {
        var folder = Path.Combine(RepositoryRoot(), "catalog");
        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Where(path => CatalogFiles.IsCatalogFile(path) && !path.Contains($"{Path.DirectorySeparatorChar}schema{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => CatalogParser.Parse(path, File.ReadAllText(path)))
            .ToList();
        return (files, CatalogValidator.Validate(files));
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Catalog.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Catalog.sln not found above " + AppContext.BaseDirectory);
    }
}
