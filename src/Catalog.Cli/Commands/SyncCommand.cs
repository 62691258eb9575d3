using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Import;
using JapaneseLlm.Catalog.Cli.Sync;
using JapaneseLlm.Catalog.Cli.Upstream;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary><c>jllm sync --from DIR [--catalog DIR] [--check] [--summary FILE] [--withdraw-gone [--as-of DATE]]</c>: brings a catalog up to a version of the list.</summary>
internal static class SyncCommand
{
    private const string Description = """
        Update a catalog from a version of the list without losing what the catalog knows beyond it: new rows become
        new records, changed cells update the keys the list owns (its columns), the catalog's own keys are never
        overwritten, and rows gone from the list are reported, never deleted: with --withdraw-gone their records are marked
        withdrawn (their generated members become [Obsolete], so consumers get a warning, not a broken build). Running it
        twice changes nothing.
        Prints the review as markdown, ready for a pull request. Exit code 1 with --check when the catalog is behind.

        Examples:
          jllm sync --from ../awesome-japanese-llm
          jllm sync --from ../awesome-japanese-llm --check
          jllm sync --from ../awesome-japanese-llm --catalog catalog --summary sync.md
          jllm sync --from ../awesome-japanese-llm --withdraw-gone --as-of 2026-12-04
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<string>("--from") { Description = "A copy of the list laid out as upstream (README.md, and en/, fr/, parts/, figures/ where they exist).", Required = true };
        var catalog = new Option<string?>("--catalog") { Description = "The catalog folder to update (default: the repository's catalog/)." };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when the catalog is behind the list (for CI)." };
        var summary = new Option<string?>("--summary") { Description = "Also write the review to this file." };
        var withdrawGone = new Option<bool>("--withdraw-gone") { Description = "Mark model records whose rows are gone from the list withdrawn (date and a reason to review) instead of only reporting them." };
        var asOf = new Option<string?>("--as-of") { Description = "The date (yyyy-MM-dd) --withdraw-gone writes; default: today (UTC)." };
        var command = new Command("sync", Description) { from, catalog, check, summary, withdrawGone, asOf };
        command.SetAction(result => Program.Guard(stderr, () =>
            Run(result.GetValue(from)!, result.GetValue(catalog), result.GetValue(check), result.GetValue(summary), stdout, stderr,
                result.GetValue(withdrawGone) ? WithdrawalDate(result.GetValue(asOf)) : null)));
        return command;
    }

    private static System.DateTime WithdrawalDate(string? asOf)
    {
        if (asOf is null)
        {
            return System.DateTime.UtcNow.Date;
        }

        return System.DateTime.TryParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--as-of {asOf}: not a date; write it as yyyy-MM-dd");
    }

    public static int Run(string from, string? catalogPath, bool check, string? summaryPath, TextWriter stdout, TextWriter stderr, System.DateTime? withdrawGoneOn = null)
    {
        if (!File.Exists(Path.Combine(from, UpstreamReader.RequiredFile)))
        {
            throw new UsageException($"--from {from}: {UpstreamReader.RequiredFile} is missing; point --from at a copy of the list");
        }

        var root = catalogPath ?? RenderCommand.DefaultCatalog();
        if (!Directory.Exists(root))
        {
            throw new UsageException($"--catalog {root}: no such folder");
        }

        var existing = CatalogFolder.Read(root);
        var imported = CatalogImporter.Import(UpstreamReader.Read(from), ImportKnowledge.FromFolder(root));
        foreach (var row in imported.Report.NotImported)
        {
            stderr.WriteLine($"jllm: {row}: not imported");
        }

        var plan = CatalogSync.Plan(imported, existing, withdrawGoneOn);
        var review = SyncSummary.Format(plan, from);
        stdout.Write(review);
        if (summaryPath is not null)
        {
            File.WriteAllText(summaryPath, review, new UTF8Encoding(false));
        }

        if (check)
        {
            return plan.IsBehind ? ExitCodes.Diagnostics : ExitCodes.Ok;
        }

        foreach (var (path, text) in plan.Writes)
        {
            var file = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text, new UTF8Encoding(false));
        }

        return ExitCodes.Ok;
    }
}
