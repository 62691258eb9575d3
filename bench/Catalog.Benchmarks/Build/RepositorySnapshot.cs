using JapaneseLlm.Catalog.Performance.Infrastructure;

namespace JapaneseLlm.Catalog.Performance.Build;

/// <summary>
/// A private copy of what building the library needs (src/, catalog/, the Directory.* files), without
/// bin/ and obj/. Builds measured there start clean, and never touch the outputs other people are using.
/// </summary>
internal static class RepositorySnapshot
{
    private static readonly string[] Folders = ["src", "catalog"];

    private static readonly string[] Files = ["Directory.Build.props", "Directory.Packages.props", "README.md", "NOTICE", "global.json", "NuGet.config", "nuget.config"];

    public static string Create(string destination)
    {
        if (Directory.Exists(destination))
        {
            Directory.Delete(destination, recursive: true);
        }

        foreach (var folder in Folders)
        {
            CopyFolder(RepositoryPaths.Combine(folder), Path.Combine(destination, folder));
        }

        foreach (var file in Files.Where(file => File.Exists(RepositoryPaths.Combine(file))))
        {
            File.Copy(RepositoryPaths.Combine(file), Path.Combine(destination, file));
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
