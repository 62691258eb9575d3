using System.IO.Compression;
using JapaneseLlm.Catalog.Testing;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>
/// Packs JapaneseLlm.Catalog and JapaneseLlm.Catalog.Build once per test run into a temporary folder feed,
/// with a version of its own, and gives each consumer project a nuget.config that sees only that feed.
/// The packs run in a copy of the repository: restoring with the private package cache rewrites a project's
/// restore files, and the repository's own are in use by the other test projects' builds.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("jllm-package-tests-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var repository = RepositorySnapshot.Create(RepositoryRoot, Path.Combine(Root, "repository"));
        foreach (var project in new[] { "src/Catalog/Catalog.csproj", "src/Catalog.Build/Catalog.Build.csproj" })
        {
            var (exitCode, output) = DotNet.Run(repository, Packages, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version);
            PackOutput += output;
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{output}");
            }
        }
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Version { get; }

    public string PackOutput { get; } = string.Empty;

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public IReadOnlyList<string> Entries(string id)
    {
        using var archive = ZipFile.OpenRead(PackagePath(id));
        return archive.Entries.Select(entry => entry.FullName).ToList();
    }

    /// <summary>Creates a consumer project folder with a nuget.config that restores only from the feed.</summary>
    public string NewConsumer(string name, string projectXml, IReadOnlyDictionary<string, string> files)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        WriteNuGetConfig(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), projectXml.Replace("$(CatalogVersion)", Version, StringComparison.Ordinal));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return folder;
    }

    /// <summary>Writes a nuget.config that restores only from the feed.</summary>
    public void WriteNuGetConfig(string folder) =>
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

    public (int ExitCode, string Output) Run(string folder, params string[] arguments) => DotNet.Run(folder, Packages, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }

    private static string FindRepositoryRoot()
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
