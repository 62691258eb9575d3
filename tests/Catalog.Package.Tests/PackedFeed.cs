using System.IO.Compression;
using System.Xml.Linq;
using JapaneseLlm.Catalog.Testing;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>
/// Packs JapaneseLlm.Catalog and JapaneseLlm.Catalog.Build once per test run into a temporary folder feed,
/// with a version of its own, and gives each consumer project a nuget.config that sees only that feed; the
/// tool's packages (one per platform, minutes to pack) only when a test asks for them.
/// The packs run in a copy of the repository: restoring with the private package cache rewrites a project's
/// restore files, and the repository's own are in use by the other test projects' builds. They build as CI
/// does (ContinuousIntegrationBuild), in a git repository with the project's remote, so that source link runs.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public const string RemoteUrl = "https://github.com/japanese-llm-catalog/JapaneseLlm.Catalog";

    private readonly Lazy<string> toolPackOutput;

    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("jllm-package-tests-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        Version = RepositoryVersion + "-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Repository = RepositorySnapshot.Create(RepositoryRoot, Path.Combine(Root, "repository"));
        Commit = CommitSnapshot(Repository);
        foreach (var project in new[] { "src/Catalog/Catalog.csproj", "src/Catalog.Build/Catalog.Build.csproj" })
        {
            PackOutput += Pack(project);
        }

        toolPackOutput = new Lazy<string>(() => Pack("src/Catalog.Cli/Catalog.Cli.csproj"));
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The version the repository's packages are built with (Directory.Build.props).</summary>
    public static string RepositoryVersion { get; } =
        XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Build.props")).Descendants("Version").Single().Value;

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Version { get; }

    /// <summary>The copy of the repository the packages are packed from.</summary>
    public string Repository { get; }

    /// <summary>The commit of that copy, which source link names.</summary>
    public string Commit { get; }

    public string PackOutput { get; } = string.Empty;

    /// <summary>Packs the tool (its pointer package and one package per platform) into the feed, once.</summary>
    public string PackTool() => toolPackOutput.Value;

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public IReadOnlyList<string> Entries(string id)
    {
        using var archive = ZipFile.OpenRead(PackagePath(id));
        return archive.Entries.Select(entry => entry.FullName).ToList();
    }

    /// <summary>The text of one file of a package in the feed.</summary>
    public string ReadEntry(string id, string entry)
    {
        using var archive = ZipFile.OpenRead(PackagePath(id));
        using var reader = new StreamReader(archive.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Creates a consumer project folder with a nuget.config that restores only from the feed, or from the feed
    /// and the machine's sources when the consumer needs a package of another publisher.
    /// </summary>
    public string NewConsumer(string name, string projectXml, IReadOnlyDictionary<string, string> files, bool alsoMachineSources = false)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        WriteNuGetConfig(folder, alsoMachineSources);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), projectXml.Replace("$(CatalogVersion)", Version, StringComparison.Ordinal));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return folder;
    }

    /// <summary>Writes a nuget.config that restores only from the feed, or from the feed before the machine's sources.</summary>
    public void WriteNuGetConfig(string folder, bool alsoMachineSources = false) =>
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                {(alsoMachineSources ? string.Empty : "<clear />")}
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

    private string Pack(string project)
    {
        var (exitCode, output) = DotNet.Run(Repository, Packages, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true");
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack {project} failed:\n{output}");
        }

        return output;
    }

    /// <summary>Makes the copy a git repository with one commit and the project's remote, as a CI clone is.</summary>
    private static string CommitSnapshot(string folder)
    {
        foreach (var arguments in new[]
        {
            new[] { "init", "--quiet" },
            ["remote", "add", "origin", RemoteUrl + ".git"],
            ["add", "--all"],
            ["-c", "user.name=tests", "-c", "user.email=tests@localhost", "commit", "--quiet", "--no-gpg-sign", "-m", "snapshot"],
        })
        {
            Git(folder, arguments);
        }

        return Git(folder, "rev-parse", "HEAD").Trim();
    }

    private static string Git(string folder, params string[] arguments)
    {
        var (exitCode, output) = ProcessRunner.Run("git", folder, arguments);
        return exitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {output}");
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
