namespace JapaneseLlm.Catalog.Testing;

/// <summary>
/// A private copy of what building and packing the library needs (src/, catalog/, the package validation baselines,
/// the Directory.* files), without bin/ and obj/. Builds there start clean and never touch the repository's own
/// outputs, restore files included, which other builds of the same run are using. Linked into the package tests and the benchmarks.
/// </summary>
internal static class RepositorySnapshot
{
    private static readonly string[] Folders = ["src", "catalog", "package-baselines"];

    private static readonly string[] Files = ["Directory.Build.props", "Directory.Packages.props", "README.md", "NOTICE", "global.json", "NuGet.config", "nuget.config"];

    public static string Create(string repositoryRoot, string destination)
    {
        if (Directory.Exists(destination))
        {
            Directory.Delete(destination, recursive: true);
        }

        foreach (var folder in Folders)
        {
            CopyFolder(Path.Combine(repositoryRoot, folder), Path.Combine(destination, folder));
        }

        foreach (var file in Files.Where(file => File.Exists(Path.Combine(repositoryRoot, file))))
        {
            File.Copy(Path.Combine(repositoryRoot, file), Path.Combine(destination, file));
        }

        return destination;
    }

    private static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source).Where(folder => Path.GetFileName(folder) is not ("bin" or "obj")))
        {
            CopyFolder(folder, Path.Combine(destination, Path.GetFileName(folder)));
        }
    }
}
