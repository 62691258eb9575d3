namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>The repository (the folder holding Catalog.sln) and the folders the tests read.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Catalog => Path.Combine(RepositoryRoot, "catalog");

    public static string SchemaFolder => Path.Combine(Catalog, "schema");

    public static string KnownBad => Path.Combine(RepositoryRoot, "tests", "Catalog.Editing.Tests", "KnownBad");

    /// <summary>Every catalog YAML file, as path → text, in path order.</summary>
    public static IReadOnlyDictionary<string, string> CatalogFiles() =>
        Directory.EnumerateFiles(Catalog, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(path => path, File.ReadAllText);

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Catalog.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Catalog.sln not found above " + AppContext.BaseDirectory);
    }
}
