using System.CommandLine;
using System.IO;
using System.Text;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Evaluations;
using JapaneseLlm.Catalog.Cli.Yaml;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary><c>jllm releases --from DIR [--catalog DIR] [--check]</c>: the days repositories were published, from the Swallow LLM Leaderboard's data.</summary>
internal static class ReleasesCommand
{
    private const string Description = """
        Give the catalog's variants the days their repositories were published ('released:'), which the list does not
        give, from the Swallow LLM Leaderboard's data (swallow-llm/leaderboard, CC-BY 4.0): each suite's model.yml names
        the Hugging Face repositories it evaluated and their dates. A variant matches by repository, compared without case.
        Dates the catalog already holds are kept, and disagreements are reported; 'jllm import' and 'jllm sync' keep
        the dates by repository. Running it twice changes nothing.

        Examples:
          jllm releases --from ../swallow-leaderboard
          jllm releases --from ../swallow-leaderboard --check
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<string>("--from") { Description = "The leaderboard's data: its root (one folder per suite) or one suite's folder, holding model.yml.", Required = true };
        var catalog = new Option<string?>("--catalog") { Description = "The catalog folder to update (default: the repository's catalog/)." };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when a variant would get a date (for CI)." };
        var command = new Command("releases", Description) { from, catalog, check };
        command.SetAction(result => Program.Guard(stderr, () => Run(result.GetValue(from)!, result.GetValue(catalog), result.GetValue(check), stdout, stderr)));
        return command;
    }

    public static int Run(string from, string? catalogPath, bool check, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(from) || SwallowLeaderboard.ModelFiles(from).Count == 0)
        {
            throw new UsageException($"--from {from}: no {SwallowLeaderboard.ModelsFile} there; point --from at the leaderboard's data");
        }

        var root = catalogPath ?? RenderCommand.DefaultCatalog();
        if (!Directory.Exists(root))
        {
            throw new UsageException($"--catalog {root}: no such folder");
        }

        var (catalog, _) = CatalogLoader.Load(root);
        var fill = ReleaseDateFill.Apply(catalog.Models, SwallowLeaderboard.Read(from));
        foreach (var note in fill.Notes)
        {
            stderr.WriteLine("jllm: " + note);
        }

        stdout.WriteLine($"{fill.Dated} repositories dated by the leaderboard ({SwallowLeaderboard.SourceUrl}), {fill.Matched} of them variants of the catalog; {fill.Added} date(s) {(check ? "to add" : "added")} in {fill.Changed.Count} model file(s).");
        if (check)
        {
            return fill.Added > 0 ? ExitCodes.Diagnostics : ExitCodes.Ok;
        }

        foreach (var model in fill.Changed)
        {
            File.WriteAllText(Path.Combine(root, model.Path), CatalogFileWriter.Record(ModelSchema.File, model, model.Path), new UTF8Encoding(false));
        }

        return ExitCodes.Ok;
    }
}
