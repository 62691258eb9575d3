using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Options;
using JapaneseLlm.Catalog.Cli.Rendering;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Diagnostics;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary><c>jllm render --lang ja|en|fr --out FILE [--catalog DIR]</c>: the catalog → the list's README.</summary>
internal static class RenderCommand
{
    private const string Description = """
        Render the catalog in the list's markdown layout for one language. Every record gets its table row or an error
        naming it; the counts printed are the rows written.

        Examples:
          jllm render --lang ja --out README.md
          jllm render --lang en --out en/README.md --catalog catalog
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var language = new Option<string>("--lang") { Description = "The language to render: ja, en or fr.", Required = true };
        language.AcceptOnlyFromAmong("ja", "en", "fr");
        var file = new Option<string>("--out") { Description = "The markdown file to write.", Required = true };
        var catalog = new Option<string?>("--catalog") { Description = "The catalog folder (default: the repository's catalog/)." };
        var command = new Command("render", Description) { language, file, catalog };
        command.SetAction(result => Program.Guard(stderr, () => Run(result.GetValue(language)!, result.GetValue(file)!, result.GetValue(catalog), stdout, stderr)));
        return command;
    }

    public static int Run(string language, string output, string? catalogPath, TextWriter stdout, TextWriter stderr)
    {
        var root = catalogPath ?? DefaultCatalog();
        if (!Directory.Exists(root))
        {
            throw new UsageException($"--catalog {root}: no such folder");
        }

        var (catalog, diagnostics) = CatalogLoader.Load(root);
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic.ToCanonicalString(Path.Combine(root, diagnostic.Path)));
        }

        OutputFile.Prepare(output);
        var rendered = MarkdownRenderer.RenderList(catalog, ParseLanguage(language));
        OutputFile.Write(output, rendered.Text);
        foreach (var line in rendered.Unrendered)
        {
            stderr.WriteLine("jllm: " + line);
        }

        var leftOutLinks = CatalogInput.ReportLeftOutLinks(catalog, stderr);
        stdout.WriteLine($"Rendered {rendered.Models} models, {rendered.Benchmarks} benchmarks, {rendered.Papers} papers to {output}.");
        var failed = leftOutLinks || rendered.Unrendered.Count > 0 || diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error);
        return failed ? ExitCodes.Diagnostics : ExitCodes.Ok;
    }

    public static CatalogLanguage ParseLanguage(string language) => language switch
    {
        "ja" => CatalogLanguage.Japanese,
        "en" => CatalogLanguage.English,
        "fr" => CatalogLanguage.French,
        _ => throw new UsageException($"--lang {language}: use ja, en or fr"),
    };

    /// <summary>The repository's catalog/: found by walking up from the working folder to the one holding Catalog.sln.</summary>
    internal static string DefaultCatalog()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Catalog.sln")))
            {
                return Path.Combine(folder.FullName, "catalog");
            }
        }

        return "catalog";
    }
}
