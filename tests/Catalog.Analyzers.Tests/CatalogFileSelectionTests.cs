using System.Diagnostics;
using System.Text;
using JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;
using JapaneseLlm.Catalog.Cli.Catalog;
using Xunit;

namespace JapaneseLlm.Catalog.Analyzers.Tests;

/// <summary>
/// Differential: the build (the package's targets, evaluated by MSBuild) and jllm (check and export read through
/// <see cref="CatalogLoader"/>) see the same catalog files and the same records, over random folder trees: .yaml and
/// .yml in any case and other extensions, folders named schema and hidden folders, linked folders (to a sibling
/// or an ancestor) and linked files. All trees are evaluated by one MSBuild process.
/// </summary>
public sealed class CatalogFileSelectionTests
{
    private const int Trees = 60;

    private static readonly string[] Folders = ["models", "schema", "Schema", ".hidden", "sub"];
    private static readonly string[] Extensions = [".yaml", ".yml", ".YAML", ".Yml", ".json", ".yaml.bak", ".txt"];

    [Fact]
    public void The_build_and_jllm_see_the_same_files_and_records_in_random_trees()
    {
        using var folder = new TempFolder();
        var traversal = new StringBuilder("<Project>\n  <Target Name=\"List\">\n");
        for (var tree = 0; tree < Trees; tree++)
        {
            var root = Path.Combine(folder.Path, "t" + tree);
            WriteRandomTree(Path.Combine(root, "catalog"), new Random(tree));
            File.WriteAllText(Path.Combine(root, "p.proj"), $"""
                <Project>
                  <Import Project="{TargetsPath}" />
                  <Target Name="List">
                    <WriteLinesToFile File="$(MSBuildThisFileDirectory)build-files.txt" Lines="@(JapaneseLlmCatalogFile->'%(FullPath)')" Overwrite="true" />
                  </Target>
                </Project>
                """);
            traversal.Append("    <MSBuild Projects=\"").Append(Path.Combine(root, "p.proj")).Append("\" Targets=\"List\" />\n");
        }

        File.WriteAllText(Path.Combine(folder.Path, "all.proj"), traversal.Append("  </Target>\n</Project>\n").ToString());
        RunMsBuild(Path.Combine(folder.Path, "all.proj"));

        for (var tree = 0; tree < Trees; tree++)
        {
            var catalog = Path.Combine(folder.Path, "t" + tree, "catalog");
            var buildFiles = File.ReadAllLines(Path.Combine(folder.Path, "t" + tree, "build-files.txt"))
                .Where(line => line.Length > 0)
                .Select(path => Path.GetRelativePath(catalog, path).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
            var jllmFiles = CatalogFolder.Files(catalog).Order(StringComparer.Ordinal).ToList();
            Assert.True(buildFiles.SequenceEqual(jllmFiles), $"tree {tree}: build [{string.Join(", ", buildFiles)}] jllm [{string.Join(", ", jllmFiles)}]");

            var buildRecords = CatalogLoader.Load(buildFiles.ToDictionary(path => path, path => File.ReadAllText(Path.Combine(catalog, path)))).Catalog.Models.Select(model => model.Path + ":" + model.Id);
            var jllmRecords = CatalogLoader.Load(catalog).Catalog.Models.Select(model => model.Path + ":" + model.Id);
            Assert.Equal(buildRecords.Order(StringComparer.Ordinal), jllmRecords.Order(StringComparer.Ordinal));
        }
    }

    private static string TargetsPath => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Catalog.Build", "buildTransitive", "JapaneseLlm.Catalog.Build.targets"));

    /// <summary>Up to three levels of folders, files of mixed extensions holding one model each, and links.</summary>
    private static void WriteRandomTree(string root, Random random)
    {
        var directories = new List<string> { root };
        Directory.CreateDirectory(root);
        for (var index = 0; index < random.Next(1, 6); index++)
        {
            var parent = directories[random.Next(directories.Count)];
            var directory = Path.Combine(parent, Folders[random.Next(Folders.Length)]);
            if (Path.GetRelativePath(root, directory).Split('/').Length <= 3 && Directory.CreateDirectory(directory) is not null && !directories.Contains(directory))
            {
                directories.Add(directory);
            }
        }

        var files = new List<string>();
        for (var index = 0; index < random.Next(0, 8); index++)
        {
            var file = Path.Combine(directories[random.Next(directories.Count)], "m" + index + Extensions[random.Next(Extensions.Length)]);
            File.WriteAllText(file, $"kind: model\nid: m{index}\nsection: s\nname: M{index}\nyear: 2024\nlicenses: [mit]\n");
            files.Add(file);
        }

        // A link to a sibling folder, a link to an ancestor (a loop), a link to a file.
        for (var index = 0; index < random.Next(0, 3); index++)
        {
            var at = directories[random.Next(directories.Count)];
            var link = Path.Combine(at, "link" + index);
            var kind = random.Next(3);
            if (kind == 0 && directories.Count > 1)
            {
                Directory.CreateSymbolicLink(link, Path.GetRelativePath(at, directories[random.Next(1, directories.Count)]));
            }
            else if (kind == 1)
            {
                Directory.CreateSymbolicLink(link, Path.GetRelativePath(at, root));
            }
            else if (files.Count > 0)
            {
                File.CreateSymbolicLink(link + ".yaml", Path.GetRelativePath(at, files[random.Next(files.Count)]));
            }
        }
    }

    private static void RunMsBuild(string project)
    {
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-t:List", "-nologo", "-v:q", "-nodeReuse:false"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output.Result + error);
    }
}
