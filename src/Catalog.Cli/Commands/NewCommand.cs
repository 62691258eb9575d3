using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using JapaneseLlm.Catalog.Cli.Templates;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary><c>jllm new catalog DIR [--package-version V]</c>: a project with a working minimal catalog of its own.</summary>
internal static class NewCommand
{
    private const string Description = """
        Create a project with a catalog of its own: a console project that references JapaneseLlm.Catalog and
        JapaneseLlm.Catalog.Build, one model record with the license, developer and section it names, and the
        JSON Schemas editors validate the YAML with. 'dotnet run' in the folder builds and prints the catalog.

        Examples:
          jllm new catalog MyCatalog
          jllm new catalog src/Contoso.Models --package-version 0.1.0
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to create (must not exist or be empty); its name names the project." };
        var version = new Option<string?>("--package-version") { Description = "The version of the packages to reference (default: this tool's version)." };
        var catalog = new Command("catalog", Description) { folder, version };
        catalog.SetAction(result => Program.Guard(stderr, () => Run(result.GetValue(folder)!, result.GetValue(version), stdout)));
        return new Command("new", "Create a project from a template.") { catalog };
    }

    public static int Run(string folder, string? packageVersion, TextWriter stdout)
    {
        var fullPath = Path.GetFullPath(folder);
        if (Directory.Exists(fullPath) && Directory.EnumerateFileSystemEntries(fullPath).Any())
        {
            throw new UsageException($"'{folder}' is not empty; give a new folder");
        }

        var projectName = Path.GetFileName(fullPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var files = CatalogTemplate.Files(projectName, packageVersion ?? ToolVersion(), $"net{Environment.Version.Major}.0");
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (path, text) in files)
        {
            var target = Path.Combine(fullPath, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text.ReplaceLineEndings("\n"), encoding);
        }

        stdout.WriteLine($"Created {projectName} in {folder}: {files.Count} files. Run 'dotnet run' there to build and print the catalog.");
        return ExitCodes.Ok;
    }

    /// <summary>The version this tool was packed with, without the source revision ('0.1.0+abc' → '0.1.0').</summary>
    private static string ToolVersion()
    {
        var version = typeof(NewCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
