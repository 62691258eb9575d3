using System.CommandLine;
using System.IO;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Commands;
using JapaneseLlm.Catalog.Authoring.Diagnostics;

namespace JapaneseLlm.Catalog.Cli.Options;

/// <summary>The <c>--catalog</c> option of the commands that read the catalog, and the one way they load it.</summary>
internal static class CatalogInput
{
    public static Option<string?> CreateOption() =>
        new("--catalog") { Description = "A catalog folder to read, such as a working copy's catalog/ (default: the catalog bundled with jllm)." };

    /// <summary>
    /// Loads the catalog through the shared parser: the folder given, else the catalog bundled with jllm. Records with errors are left out, as the compiled catalog
    /// leaves them out; the errors are counted on stderr rather than listed, since <c>jllm check</c> lists them.
    /// </summary>
    public static CatalogContent Load(string? path, TextWriter stderr)
    {
        if (path is not null && !Directory.Exists(path))
        {
            throw new UsageException($"--catalog {path}: no such folder");
        }

        var (catalog, diagnostics) = path is null ? CatalogLoader.LoadBundled() : CatalogLoader.Load(path);
        var errors = diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error);
        if (errors > 0)
        {
            stderr.WriteLine($"jllm: the catalog has {errors} errors; records with errors are left out (run 'jllm check' to list them).");
        }

        return catalog;
    }

    /// <summary>Says which links the writers left out as unsafe (<see cref="SafeLinks"/>); true when there were any, so the command fails.</summary>
    public static bool ReportLeftOutLinks(CatalogContent catalog, TextWriter stderr)
    {
        var leftOut = SafeLinks.LeftOut(catalog);
        foreach (var line in leftOut)
        {
            stderr.WriteLine("jllm: " + line);
        }

        return leftOut.Count > 0;
    }
}
