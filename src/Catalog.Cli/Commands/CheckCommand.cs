using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.CommandLine;
using System.Text;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Rules;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary>
/// <c>jllm check [--catalog DIR]</c>: the analyzers' rules without a C# build, for people who only edit YAML.
/// Prints MSBuild's canonical <c>path(line,col): error ID: message</c> lines, paths relative to the working
/// folder; exit code 1 when there is an error, 0 otherwise.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var catalog = new Option<string?>("--catalog") { Description = "The catalog folder (default: the repository's catalog/)." };
        var check = new Command("check", "Check the catalog's YAML with the analyzers' rules, without a C# build.") { catalog };
        check.SetAction(result => Program.Guard(stderr, () => Run(result.GetValue(catalog), stdout)));
        return check;
    }

    public static int Run(string? catalogPath, TextWriter stdout)
    {
        var root = catalogPath ?? RenderCommand.DefaultCatalog();
        if (!Directory.Exists(root))
        {
            throw new UsageException($"--catalog {root}: no such folder");
        }

        // The same walk as the build's file set and the other commands: a linked folder is not followed back into itself.
        var files = CatalogFolder.Read(root)
            .Select(file => CatalogParser.Parse(Path.GetFullPath(Path.Combine(root, file.Key)), file.Value))
            .ToList();
        var diagnostics = CatalogChecker.Check(files, DateTime.UtcNow.Year);
        var currentFolder = Directory.GetCurrentDirectory();
        foreach (var diagnostic in diagnostics)
        {
            stdout.WriteLine(diagnostic.ToCanonicalString(Path.GetRelativePath(currentFolder, diagnostic.Path).Replace('\\', '/')));
        }

        stdout.WriteLine(Summary(diagnostics, files.Count));
        return diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error) ? ExitCodes.Diagnostics : ExitCodes.Ok;
    }

    private static string Summary(IReadOnlyList<CatalogDiagnostic> diagnostics, int fileCount)
    {
        int Count(DiagnosticSeverityLevel severity) => diagnostics.Count(diagnostic => diagnostic.Severity == severity);
        return string.Format(
            CultureInfo.InvariantCulture,
            "jllm check: {0} files, {1} error(s), {2} warning(s), {3} info.",
            fileCount,
            Count(DiagnosticSeverityLevel.Error),
            Count(DiagnosticSeverityLevel.Warning),
            Count(DiagnosticSeverityLevel.Info));
    }
}
