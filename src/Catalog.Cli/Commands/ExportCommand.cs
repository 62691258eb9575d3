using System.CommandLine;
using System.IO;
using System.Text;
using JapaneseLlm.Catalog.Cli.Export;
using JapaneseLlm.Catalog.Cli.Options;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary><c>jllm export --format json|csv|llms-txt [--out FILE]</c>: the catalog in a format other tools read.</summary>
internal static class ExportCommand
{
    private const string Description = """
        Export the catalog for other tools: json (every record keyed by id, like models.dev's api.json),
        csv (one row per model family) or llms-txt (an llms.txt index, llmstxt.org). Writes to stdout unless --out is given.
        The json is the package's contract (CatalogJson.Serialize writes the same document); its JSON Schema is
        catalog/schema/export.schema.json (jllm schema writes it).

        Examples:
          jllm export --format json --out catalog.json
          jllm export --format csv > models.csv
          jllm export --format llms-txt --out llms.txt
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var format = new Option<string>("--format") { Description = "json, csv or llms-txt.", Required = true };
        format.AcceptOnlyFromAmong(ExportFormat.Names);
        var output = new Option<string?>("--out") { Description = "The file to write (default: stdout)." };
        var catalog = CatalogInput.CreateOption();
        var command = new Command("export", Description) { format, output, catalog };
        command.SetAction(result => Program.Guard(stderr, () => Run(result.GetValue(format)!, result.GetValue(output), result.GetValue(catalog), stdout, stderr)));
        return command;
    }

    public static int Run(string format, string? output, string? catalogPath, TextWriter stdout, TextWriter stderr)
    {
        var exporter = ExportFormat.Exporter(format);
        if (output is not null)
        {
            OutputFile.Prepare(output);
        }

        var catalog = CatalogInput.Load(catalogPath, stderr);
        var text = exporter(catalog);
        if (output is null)
        {
            stdout.Write(text);
        }
        else
        {
            OutputFile.Write(output, text);
            stderr.WriteLine($"Wrote {format} to {output}.");
        }

        return CatalogInput.ReportLeftOutLinks(catalog, stderr) ? ExitCodes.Diagnostics : ExitCodes.Ok;
    }
}
