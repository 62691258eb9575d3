using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Commands;
using JapaneseLlm.Catalog.Cli.Import;
using JapaneseLlm.Catalog.Cli.Sync;
using JapaneseLlm.Catalog.Cli.Upstream;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using Xunit;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>jllm sync: new rows in, changed cells updated, the catalog's own facts kept, nothing deleted, idempotent.</summary>
public sealed class SyncTests(ImportFixture snapshot) : IClassFixture<ImportFixture>
{
    private const string GeneralAnchor = "generative-scratch-general";
    private const string Sarashina2 = "models/text-generation/from-scratch/general/sarashina2.yaml";

    [Fact]
    public void The_shared_snapshot_brings_no_change_to_the_committed_catalog()
    {
        var plan = CatalogSync.Plan(snapshot.Result, Files(TestPaths.Catalog));
        Assert.False(plan.IsBehind);
        Assert.Empty(plan.GoneRecords);
        Assert.Contains("The catalog is up to date with the list.", SyncSummary.Format(plan, "list"));
    }

    [Fact]
    public void One_added_row_is_one_new_record_and_one_line_of_review()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            var row = list.TableLines(readme, GeneralAnchor)[2];
            list.EditLines(readme, (line, index) => index == row ? line + "\n" + line.Replace("[Sarashina2-8x70B](https://www.sbintuitions.co.jp/news/press/20241108_01/)", "[Sarashina9-1B](https://example.org/s9)").Replace("sbintuitions/sarashina2-8x70b", "example/sarashina9-1b") : line);
        }

        var plan = CatalogSync.Plan(CatalogImporter.Import(UpstreamReader.Read(list.Root)), Files(TestPaths.Catalog));
        var added = Assert.Single(plan.NewRecords);
        Assert.StartsWith("models/text-generation/from-scratch/general/", added, StringComparison.Ordinal);
        Assert.Empty(plan.ChangedRecords);
        Assert.Empty(plan.RegistryAdditions);
        Assert.Equal([added], plan.Writes.Keys);
        var review = SyncSummary.Format(plan, "list").Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"- `{added}`"], review);
    }

    [Fact]
    public void A_changed_cell_updates_the_list_keys_and_keeps_a_hand_added_fact_and_comment()
    {
        using var catalog = new CatalogCopy();
        var file = Path.Combine(catalog.Root, Sarashina2);
        File.WriteAllText(file, File.ReadAllText(file).Replace("architecture: Llama\n", "architecture: Llama\n# Reviewed against the model card.\nbase_model: Sarashina1\n"));
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            list.EditLines(readme, (line, _) => line.StartsWith("| [Sarashina2](", StringComparison.Ordinal) ? ListVariant.ReplaceLastCell(line, "Apache 2.0") : line);
        }

        var first = Sync(list, catalog.Root);
        var change = Assert.Single(first.ChangedRecords);
        Assert.Equal(Sarashina2, change.Path);
        Assert.Equal(["licenses"], change.Keys);
        var text = File.ReadAllText(file);
        Assert.Contains("licenses:\n- apache-2.0\n", text, StringComparison.Ordinal);
        Assert.Contains("# Reviewed against the model card.\nbase_model: Sarashina1\n", text, StringComparison.Ordinal);
        var (_, diagnostics) = CatalogLoader.Load(catalog.Root);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error);

        var second = Sync(list, catalog.Root);
        Assert.False(second.IsBehind);
        Assert.Equal(text, File.ReadAllText(file));
    }

    [Fact]
    public void A_changed_base_model_cell_updates_the_base_model_links_with_it()
    {
        using var catalog = new CatalogCopy();
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            list.EditLines(readme, (line, _) => line.Contains("tokyotech-llm/Llama-3-Swallow-8B-v0.1", StringComparison.Ordinal) ? line.Replace("| Llama 3 (**8b**) |", "| Llama 3.1 (**8b**) |", StringComparison.Ordinal) : line);
        }

        var plan = Sync(list, catalog.Root);
        var change = Assert.Single(plan.ChangedRecords);
        Assert.Contains("base_models", change.Keys);
        var text = File.ReadAllText(Path.Combine(catalog.Root, change.Path));
        Assert.Contains("base_models:\n- model: llama-3.1\n  relation: continual-pretraining\n", text, StringComparison.Ordinal);
        Assert.False(Sync(list, catalog.Root).IsBehind);
    }

    [Fact]
    public void A_link_changed_inside_a_cell_moves_the_records_link_and_leaves_its_text_plain()
    {
        using var catalog = new CatalogCopy();
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            list.EditLines(readme, (line, _) => line.Contains("ku-nlp/deberta-v3-base-japanese", StringComparison.Ordinal) ? line.Replace("(https://github.com/llm-jp/llm-jp-corpus)", "(https://example.org/llm-jp-corpus)", StringComparison.Ordinal) : line);
        }

        var plan = Sync(list, catalog.Root);
        var change = Assert.Single(plan.ChangedRecords);
        Assert.Equal(["links"], change.Keys);
        var text = File.ReadAllText(Path.Combine(catalog.Root, change.Path));
        Assert.Contains("training_data: llm-jp-corpus\n", text, StringComparison.Ordinal);
        Assert.Contains("links:\n- field: training_data\n  text: llm-jp-corpus\n  url: https://example.org/llm-jp-corpus\n", text, StringComparison.Ordinal);
        Assert.False(Sync(list, catalog.Root).IsBehind);
    }

    [Fact]
    public void Structure_read_from_a_cell_keeps_its_hand_corrections_until_the_list_changes_that_cell()
    {
        using var catalog = new CatalogCopy();
        var file = Path.Combine(catalog.Root, Sarashina2);
        var corrected = "datasets:\n- common-crawl\n- slimpajama\n- starcoderdata\n- wikipedia\n";
        File.WriteAllText(file, File.ReadAllText(file).Replace("datasets:\n- common-crawl\n- slimpajama\n- starcoderdata\n", corrected, StringComparison.Ordinal));
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            list.EditLines(readme, (line, _) => line.StartsWith("| [Sarashina2](", StringComparison.Ordinal) ? ListVariant.ReplaceLastCell(line, "Apache 2.0") : line);
        }

        // Another cell changed: the data sets read from the training-data cell keep the maintainer's correction.
        var first = Sync(list, catalog.Root);
        Assert.Equal(["licenses"], Assert.Single(first.ChangedRecords).Keys);
        Assert.Contains(corrected, File.ReadAllText(file), StringComparison.Ordinal);

        // The training-data cell changed: what is read from it follows the list.
        foreach (var readme in ListVariant.Readmes)
        {
            list.EditLines(readme, (line, _) => line.StartsWith("| [Sarashina2](", StringComparison.Ordinal) ? line.Replace("SlimPajama, ", "", StringComparison.Ordinal) : line);
        }

        var second = Sync(list, catalog.Root);
        Assert.Equal(["training_data", "datasets", "training"], Assert.Single(second.ChangedRecords).Keys);
        var text = File.ReadAllText(file);
        Assert.Contains("datasets:\n- common-crawl\n- starcoderdata\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wikipedia", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_gone_from_the_list_is_reported_and_its_record_kept()
    {
        using var catalog = new CatalogCopy();
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            list.EditLines(readme, (line, _) => line.StartsWith("| [Sarashina2](", StringComparison.Ordinal) ? null : line);
        }

        var plan = Sync(list, catalog.Root);
        Assert.Equal([Sarashina2], plan.GoneRecords);
        Assert.True(File.Exists(Path.Combine(catalog.Root, Sarashina2)));
        Assert.Contains("### Gone from the list", SyncSummary.Format(plan, "list"));
    }

    [Fact]
    public void With_withdraw_gone_a_gone_row_is_marked_withdrawn_once_and_its_other_lines_kept()
    {
        using var catalog = new CatalogCopy();
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            list.EditLines(readme, (line, _) => line.StartsWith("| [Sarashina2](", StringComparison.Ordinal) ? null : line);
        }

        var file = Path.Combine(catalog.Root, Sarashina2);
        var before = File.ReadAllText(file);
        var asOf = new DateTime(2026, 12, 4);
        var plan = CatalogSync.Plan(CatalogImporter.Import(UpstreamReader.Read(list.Root), ImportKnowledge.FromFolder(catalog.Root)), Files(catalog.Root), asOf);
        Assert.Equal([Sarashina2], plan.Withdrawn);
        Assert.True(plan.ChangedRecords.Count <= 1, string.Join("; ", plan.ChangedRecords.Select(change => change.Path + ": " + string.Join(",", change.Keys))));
        Assert.Equal([Sarashina2], plan.Writes.Keys.Except(plan.ChangedRecords.Select(change => change.Path)));
        Assert.Contains("### Marked withdrawn", SyncSummary.Format(plan, "list"));

        Assert.Equal(0, SyncCommand.Run(list.Root, catalog.Root, check: false, summaryPath: null, TextWriter.Null, TextWriter.Null, asOf));
        var after = File.ReadAllText(file);
        Assert.StartsWith(before, after, StringComparison.Ordinal);
        Assert.Contains("\nwithdrawn: 2026-12-04\nwithdrawn_reason: ", after, StringComparison.Ordinal);
        var (content, diagnostics) = CatalogLoader.Load(catalog.Root);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error);
        Assert.Equal("2026-12-04", content.Models.Single(model => model.Id == "sarashina2").Withdrawn);

        // Once withdrawn, the record is neither gone nor behind: a second sync, and a check, find nothing to do.
        var again = CatalogSync.Plan(CatalogImporter.Import(UpstreamReader.Read(list.Root), ImportKnowledge.FromFolder(catalog.Root)), Files(catalog.Root), asOf.AddDays(7));
        Assert.False(again.IsBehind);
        Assert.Empty(again.GoneRecords);
        Assert.Equal(0, SyncCommand.Run(list.Root, catalog.Root, check: true, summaryPath: null, TextWriter.Null, TextWriter.Null, asOf.AddDays(7)));

        // The row coming back is reported, and the catalog's 'withdrawn' (its own key) is left for a maintainer to remove.
        var back = CatalogSync.Plan(snapshot.Result, Files(catalog.Root));
        Assert.Equal([Sarashina2], back.BackInTheList);
        Assert.Contains("### Back in the list but marked withdrawn", SyncSummary.Format(back, "list"));
    }

    [Fact]
    public void A_column_added_to_the_list_reaches_the_section_layout_and_its_records_and_renders()
    {
        using var catalog = new CatalogCopy();
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            var table = list.TableLines(readme, GeneralAnchor);
            list.EditLines(readme, (line, index) =>
                index == table[0] ? line + " Notes |" : index == table[1] ? line + ":-: |" : table.Contains(index) ? line + $" n{index} |" : line);
        }

        var plan = Sync(list, catalog.Root);
        Assert.Equal(["text-generation/from-scratch/general"], plan.ChangedLayouts);
        Assert.Contains(plan.ChangedRecords, change => change.Path == Sarashina2 && change.Keys.SequenceEqual(["other_columns"]));
        Assert.Contains("### Table columns changed", SyncSummary.Format(plan, "list"));
        var (content, diagnostics) = CatalogLoader.Load(catalog.Root);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error);
        var rendered = JapaneseLlm.Catalog.Cli.Rendering.MarkdownRenderer.Render(content, JapaneseLlm.Catalog.Authoring.CatalogLanguage.English);
        Assert.Matches(@"\n\|[^\n]*\| License / Terms of Use \| Notes \|\n", rendered);
        Assert.Matches(@"\n\| \[Sarashina2\]\([^\n]*\| n\d+ \|\n", rendered);
    }

    [Fact]
    public void Check_exits_one_when_the_catalog_is_behind_and_writes_nothing()
    {
        using var catalog = new CatalogCopy();
        File.Delete(Path.Combine(catalog.Root, Sarashina2));
        var before = Files(catalog.Root);

        var behind = SyncCommand.Run(TestPaths.Upstream, catalog.Root, check: true, summaryPath: null, TextWriter.Null, TextWriter.Null);
        Assert.Equal(1, behind);
        Assert.Equal(before, Files(catalog.Root));

        Assert.Equal(0, SyncCommand.Run(TestPaths.Upstream, catalog.Root, check: false, summaryPath: null, TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, SyncCommand.Run(TestPaths.Upstream, catalog.Root, check: true, summaryPath: null, TextWriter.Null, TextWriter.Null));

        // The record comes back as the list writes it; the publication days were the deleted file's own (jllm releases gives them back).
        var committed = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(TestPaths.Catalog, Sarashina2)), @"\n  released: [0-9-]+", "");
        Assert.Equal(committed, File.ReadAllText(Path.Combine(catalog.Root, Sarashina2)));
    }

    /// <summary>Syncs the catalog folder with jllm sync and returns what it planned; a second sync must find nothing to do.</summary>
    private static SyncPlan Sync(ListVariant list, string catalog)
    {
        var plan = CatalogSync.Plan(CatalogImporter.Import(UpstreamReader.Read(list.Root), ImportKnowledge.FromFolder(catalog)), Files(catalog));
        Assert.Equal(0, SyncCommand.Run(list.Root, catalog, check: false, summaryPath: null, TextWriter.Null, TextWriter.Null));
        var again = CatalogSync.Plan(CatalogImporter.Import(UpstreamReader.Read(list.Root), ImportKnowledge.FromFolder(catalog)), Files(catalog));
        Assert.False(again.IsBehind, "a second sync would still change " + string.Join(", ", again.Writes.Keys));
        return plan;
    }

    private static IReadOnlyDictionary<string, string> Files(string root) => CatalogFolder.Read(root);
}
