using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Cli.Import;
using JapaneseLlm.Catalog.Cli.Upstream;
using JapaneseLlm.Catalog.Cli.Yaml;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary><c>jllm import --from DIR --out DIR [--report FILE]</c>: the list → catalog YAML.</summary>
internal static class ImportCommand
{
    private const string Description = """
        Import the list into catalog YAML: one file per row, plus the registries. Only README.md is required; missing
        translations, parts/ and figures/ are imported as far as they go. Every row ends as a record or as a located line
        under "Rows not imported" in the report, and no record written is one that 'jllm check' rejects. What the importer
        knows beyond the list (license and data-set spellings, sections, column headers, reviewed findings) is read from
        the catalog in --out where it has registries, else from the catalog bundled with jllm.

        Examples:
          jllm import --from ../awesome-japanese-llm --out catalog
          jllm import --from ../awesome-japanese-llm --out catalog --report import-report.txt
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<string>("--from") { Description = "A copy of the list laid out as upstream (README.md, and en/, fr/, parts/, figures/ where they exist).", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write the catalog into (catalog/).", Required = true };
        var report = new Option<string?>("--report") { Description = "Write the import report to this file instead of stderr." };
        var command = new Command("import", Description) { from, output, report };
        command.SetAction(result => Program.Guard(stderr, () => Run(result.GetValue(from)!, result.GetValue(output)!, result.GetValue(report), stdout, stderr)));
        return command;
    }

    public static int Run(string from, string output, string? reportPath, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(Path.Combine(from, UpstreamReader.RequiredFile)))
        {
            throw new UsageException($"--from {from}: {UpstreamReader.RequiredFile} is missing; point --from at a copy of the list laid out as upstream (README.md, and where they exist en/, fr/, parts/, figures/)");
        }

        var stopwatch = Stopwatch.StartNew();
        var result = CatalogImporter.Import(UpstreamReader.Read(from), ImportKnowledge.FromFolder(output));
        var files = CatalogFileSet.From(result.Catalog);
        Directory.CreateDirectory(output);
        var (written, removed) = CatalogFolderWriter.Write(output, files);
        foreach (var path in removed)
        {
            result.Report.Note(path, 0, "removed: the import no longer produces this file");
        }

        var report = result.Report.Format();
        if (reportPath is null)
        {
            stderr.Write(report);
        }
        else
        {
            File.WriteAllText(reportPath, report, new UTF8Encoding(false));
        }

        var catalog = result.Catalog;
        stdout.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Imported {0} models, {1} benchmarks, {2} papers ({3} files) into {4} in {5} ms; {6} unplaced, {8} rows not imported, {7} cells kept as written.",
            catalog.Models.Count,
            catalog.Benchmarks.Count,
            catalog.Papers.Count,
            written,
            output,
            stopwatch.ElapsedMilliseconds,
            result.Report.Problems.Count,
            result.Report.OverrideCells.Values.Sum(),
            result.Report.NotImported.Count));
        return result.Report.Problems.Count == 0 && result.Report.NotImported.Count == 0 ? ExitCodes.Ok : ExitCodes.Diagnostics;
    }
}
