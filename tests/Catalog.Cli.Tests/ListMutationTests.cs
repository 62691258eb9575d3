using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Import;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Rendering;
using JapaneseLlm.Catalog.Cli.Upstream;
using JapaneseLlm.Catalog.Cli.Yaml;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>
/// Imports versions of the list that differ from the shared snapshot in the ways the list has changed, and checks
/// what every import promises: each table row ends as a record or as a located line under "Rows not imported",
/// no written record is one that jllm check rejects, and the rendered list still matches the list it came from.
/// </summary>
public sealed class ListMutationTests(ImportFixture baseline, ITestOutputHelper output) : IClassFixture<ImportFixture>
{
    private const string GeneralSection = "text-generation/from-scratch/general";
    private const string GeneralAnchor = "generative-scratch-general";

    [Fact]
    public void A_table_without_a_year_column_imports_its_rows_without_a_year_and_says_so()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            var table = list.TableLines(readme, GeneralAnchor).ToHashSet();
            list.EditLines(readme, (line, index) => table.Contains(index) ? DropCell(line, 2) : line);
        }

        var result = Import(list, fidelityFloor: 0.99);
        var rows = result.Report.Sections.Single(section => section.Section == GeneralSection).UpstreamRows;
        Assert.Empty(result.Report.NotImported);
        var section = result.Catalog.Models.Where(model => model.Section == GeneralSection).ToList();
        Assert.Equal(rows, section.Count);
        Assert.All(section, model => Assert.Null(model.Year));
        Assert.DoesNotContain(result.Catalog.Models, model => model.Year == 0);
        Assert.Contains(result.Report.Problems, problem => problem.Reason.StartsWith($"section '{GeneralSection}' has no year column", System.StringComparison.Ordinal));
        Assert.Equal(baseline.Result.Catalog.Models.Count, result.Catalog.Models.Count);
        Assert.DoesNotContain("\nyear:", CatalogFileSet.From(result.Catalog).Single(file => file.Key.EndsWith("/sarashina2.yaml", System.StringComparison.Ordinal)).Value, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_renamed_in_one_language_is_known_by_the_others()
    {
        using var list = new ListVariant();
        list.EditLines("en/README.md", (line, _) => line.StartsWith("|    |", System.StringComparison.Ordinal) ? line.Replace("Developer", "Made by") : line);

        var result = Import(list, fidelityFloor: 0.99);
        Assert.Empty(result.Report.NotImported);
        Assert.Equal(baseline.Result.Catalog.Models.Select(model => (model.Id, Developers: string.Join(",", model.Developers.Select(developer => developer.Id)))),
            result.Catalog.Models.Select(model => (model.Id, Developers: string.Join(",", model.Developers.Select(developer => developer.Id)))));
    }

    [Fact]
    public void A_column_the_catalog_has_no_field_for_is_kept_per_language_and_renders_back()
    {
        using var list = new ListVariant();
        var headers = new Dictionary<string, string> { ["README.md"] = "備考", ["en/README.md"] = "Notes", ["fr/README.md"] = "Remarques" };
        foreach (var readme in ListVariant.Readmes)
        {
            var table = list.TableLines(readme, GeneralAnchor);
            list.EditLines(readme, (line, index) =>
                index == table[0] ? line + $" {headers[readme]} |"
                : index == table[1] ? line + ":-: |"
                : table.Contains(index) ? line + $" {headers[readme]} {index - table[1]} **b** |"
                : line);
        }

        var result = Import(list, fidelityFloor: 0.99);
        Assert.Empty(result.Report.NotImported);
        Assert.Contains(result.Report.Problems, problem => problem.Reason.Contains("other_columns, key 'notes'", System.StringComparison.Ordinal));
        var section = result.Catalog.Sections.Single(candidate => candidate.Id == GeneralSection);
        var column = section.Columns[section.Columns.Count - 1];
        Assert.Equal(("other", "notes", "Remarques"), (column.Field, column.Key, column.Header.French));
        var models = result.Catalog.Models.Where(model => model.Section == GeneralSection).ToList();
        Assert.All(models, model => Assert.Matches(@"^Notes \d+ \*\*b\*\*$", Assert.Single(model.OtherColumns, cell => cell.Field == "notes").Text.English));
        Assert.All(models, model => Assert.StartsWith("備考 ", model.OtherColumns[0].Text.Japanese, System.StringComparison.Ordinal));

        // Written and read back, the cells and the column are the same: nothing is lost on the way through YAML.
        var (loaded, _) = CatalogLoader.Load(CatalogFileSet.From(result.Catalog));
        static string Cells(JapaneseLlm.Catalog.Authoring.Records.ModelRecord model) => model.Id + ": " + string.Join(" | ", model.OtherColumns.Select(cell => $"{cell.Field}={cell.Text.Japanese}/{cell.Text.English}/{cell.Text.French}"));
        Assert.Equal(models.Select(Cells).Order(), loaded.Models.Where(model => model.Section == GeneralSection).Select(Cells).Order());
        Assert.Equal(section.Columns, loaded.Sections.Single(candidate => candidate.Id == GeneralSection).Columns);
    }

    [Fact]
    public void Columns_in_another_order_are_known_by_their_headers_and_render_in_the_new_order()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            var table = list.TableLines(readme, GeneralAnchor).ToHashSet();
            list.EditLines(readme, (line, index) => table.Contains(index) ? SwapCells(line, 2, 3) : line);
        }

        var result = Import(list, fidelityFloor: 0.99);
        Assert.Empty(result.Report.NotImported);
        var section = result.Catalog.Sections.Single(candidate => candidate.Id == GeneralSection);
        Assert.Equal(["name", "architecture", "year"], section.Columns.Take(3).Select(column => column.Field));
        Assert.Equal(baseline.Result.Catalog.Models.Select(model => (model.Id, model.Year)), result.Catalog.Models.Select(model => (model.Id, model.Year)));
    }

    [Fact]
    public void Windows_line_endings_read_as_the_same_list()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            list.Write(readme, list.Read(readme).Replace("\n", "\r\n", System.StringComparison.Ordinal));
        }

        var result = Import(list);
        Assert.Empty(result.Report.NotImported);
        Assert.Equal(CatalogFileSet.From(baseline.Result.Catalog), CatalogFileSet.From(result.Catalog));
    }

    [Fact]
    public void A_row_listed_twice_is_two_records_with_distinct_ids()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            var row = list.TableLines(readme, GeneralAnchor)[2];
            list.EditLines(readme, (line, index) => index == row ? line + "\n" + line : line);
        }

        var result = Import(list, fidelityFloor: 0.99);
        Assert.Empty(result.Report.NotImported);
        Assert.Equal(baseline.Result.Catalog.Models.Count + 1, result.Catalog.Models.Count);
        Assert.Equal(result.Catalog.Models.Count, result.Catalog.Models.Select(model => model.Id).Distinct().Count());
    }

    [Fact]
    public void Footnotes_are_known_by_what_they_say_whatever_their_numbers()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            list.Write(readme, list.Read(readme).Replace("[^1]", "[^swap]", System.StringComparison.Ordinal).Replace("[^12]", "[^1]", System.StringComparison.Ordinal).Replace("[^swap]", "[^12]", System.StringComparison.Ordinal));
        }

        var result = Import(list, fidelityFloor: 0.99);
        Assert.Equal(CatalogFileSet.From(baseline.Result.Catalog).Where(file => file.Key != "registries/footnotes.yaml"), CatalogFileSet.From(result.Catalog).Where(file => file.Key != "registries/footnotes.yaml"));
        Assert.Equal(baseline.Result.Catalog.Footnotes.Select(footnote => footnote.Id).Order(), result.Catalog.Footnotes.Select(footnote => footnote.Id).Order());
        Assert.Equal("openai-terms", result.Catalog.Footnotes[0].Id);
    }

    [Fact]
    public void A_footnote_the_catalog_has_no_words_for_is_reported_where_it_is_used()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            var row = list.TableLines(readme, GeneralAnchor)[2];
            list.EditLines(readme, (line, index) => index == row ? ListVariant.ReplaceLastCell(line, "MIT[^99]") : line);
            list.Write(readme, list.Read(readme) + "\n[^99]: 新しい脚注。\n");
        }

        var result = Import(list);
        var problem = Assert.Single(result.Report.Problems, problem => problem.Reason.StartsWith("footnote [^99] is none the catalog knows", System.StringComparison.Ordinal));
        Assert.Equal(list.TableLines("README.md", GeneralAnchor)[2] + 1, problem.Line);
    }

    [Fact]
    public void A_row_without_its_leading_pipe_is_still_a_row()
    {
        using var list = new ListVariant();
        var firstRow = list.TableLines("README.md", GeneralAnchor)[2];
        list.EditLines("README.md", (line, index) => index == firstRow ? line.TrimStart('|', ' ') : line);

        var result = Import(list, fidelityFloor: 0.99);
        Assert.Equal(baseline.Result.Catalog.Models.Select(model => model.Id), result.Catalog.Models.Select(model => model.Id));
    }

    [Fact]
    public void A_second_table_under_a_bold_line_becomes_a_section_of_its_own()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            var table = list.TableLines(readme, GeneralAnchor);
            var lines = list.Read(readme).Split('\n');
            var split = table[2 + 10];
            list.EditLines(readme, (line, index) => index == split ? $"\n**Pseudo heading**\n\n{lines[table[0]]}\n{lines[table[1]]}\n{line}" : line);
        }

        var result = Import(list);
        var pseudo = result.Catalog.Sections.Single(section => section.Heading.English == "Pseudo heading");
        Assert.Equal(GeneralSection, pseudo.Parent);
        Assert.Equal(10, result.Catalog.Models.Count(model => model.Section == GeneralSection));
        Assert.Equal(baseline.Result.Catalog.Models.Count(model => model.Section == GeneralSection) - 10, result.Catalog.Models.Count(model => model.Section == pseudo.Id));
        Assert.Equal(baseline.Result.Catalog.Models.Count, result.Catalog.Models.Count);
    }

    [Fact]
    public void Papers_tables_in_the_readme_are_read_when_there_is_no_parts_folder()
    {
        using var list = new ListVariant();
        var parts = new Dictionary<string, string>
        {
            ["<!--@include: @/parts/references_model.md-->"] = list.Read("parts/references_model.md"),
            ["<!--@include: @/parts/references_training.md-->"] = list.Read("parts/references_training.md"),
        };
        list.Delete("parts");
        foreach (var readme in ListVariant.Readmes)
        {
            list.EditLines(readme, (line, _) => parts.TryGetValue(line.Trim(), out var table) ? "\n" + table.Trim() + "\n" : line);
        }

        var result = Import(list);
        Assert.Contains(result.Report.MissingFiles, missing => missing.File == UpstreamReader.ArchitecturePapersPath);
        Assert.Equal(baseline.Result.Catalog.Papers.Select(paper => paper.Id), result.Catalog.Papers.Select(paper => paper.Id));
    }

    [Fact]
    public void A_list_without_its_french_translation_imports_with_japanese_text_in_its_place()
    {
        using var list = new ListVariant();
        list.Delete("fr");

        var result = Import(list);
        Assert.Contains(result.Report.MissingFiles, missing => missing.File == "fr/README.md");
        Assert.Equal(baseline.Result.Catalog.Models.Select(model => model.Id), result.Catalog.Models.Select(model => model.Id));
        var first = result.Catalog.Models.First(model => model.Section == GeneralSection);
        Assert.Equal(first.Name.Japanese, first.Name.French);
    }

    [Fact]
    public void An_added_row_is_one_more_record_and_a_removed_row_one_fewer()
    {
        using (var added = new ListVariant())
        {
            foreach (var readme in ListVariant.Readmes)
            {
                var row = added.TableLines(readme, GeneralAnchor)[2];
                added.EditLines(readme, (line, index) => index == row ? line + "\n" + NewRow(line) : line);
            }

            var result = Import(added, fidelityFloor: 0.99);
            var extra = Assert.Single(result.Catalog.Models.Select(model => model.Id).Except(baseline.Result.Catalog.Models.Select(model => model.Id)));
            Assert.Equal(GeneralSection, result.Catalog.Models.Single(model => model.Id == extra).Section);
            Assert.Equal(baseline.Result.Catalog.Models.Count + 1, result.Catalog.Models.Count);
        }

        using (var removed = new ListVariant())
        {
            foreach (var readme in ListVariant.Readmes)
            {
                var row = removed.TableLines(readme, GeneralAnchor)[2];
                removed.EditLines(readme, (line, index) => index == row ? null : line);
            }

            var result = Import(removed, fidelityFloor: 0.99);
            Assert.Equal(baseline.Result.Catalog.Models.Count - 1, result.Catalog.Models.Count);
        }
    }

    [Fact]
    public void A_changed_license_cell_changes_the_records_licenses()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            var row = list.TableLines(readme, GeneralAnchor)[2];
            list.EditLines(readme, (line, index) => index == row ? ListVariant.ReplaceLastCell(line, "MIT") : line);
        }

        var result = Import(list, fidelityFloor: 0.99);
        var before = baseline.Result.Catalog.Models.First(model => model.Section == GeneralSection);
        var after = result.Catalog.Models.Single(model => model.Id == before.Id);
        Assert.NotEqual(["mit"], before.Licenses.Select(license => license.Id));
        Assert.Equal(["mit"], after.Licenses.Select(license => license.Id));
    }

    [Fact]
    public void Markup_added_to_a_training_cell_becomes_a_link_and_an_amount_and_the_text_stays_plain()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            list.EditLines(readme, (line, _) => line.Contains("cyberagent/calm2-7b)", System.StringComparison.Ordinal)
                ? line.Replace("**1.3T**", "**1.4T**", System.StringComparison.Ordinal)
                    .Replace("Chatbot Arena Conversations JA (calm2) Dataset", "[Chatbot Arena Conversations JA (calm2) Dataset](https://example.org/arena)", System.StringComparison.Ordinal)
                : line);
        }

        var result = Import(list, fidelityFloor: 0.99);
        var calm2 = result.Catalog.Models.Single(model => model.Variants.Any(variant => variant.HuggingFaceId == "cyberagent/calm2-7b"));
        foreach (var text in new[] { calm2.TrainingData!.Japanese, calm2.TrainingData.English, calm2.TrainingData.French })
        {
            Assert.Contains("1.4T", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("**", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("](", text, System.StringComparison.Ordinal);
        }

        Assert.Contains(new Authoring.Records.TextLink("training_data", "Chatbot Arena Conversations JA (calm2) Dataset", "https://example.org/arena"), calm2.Links);
        Assert.Contains(calm2.Training, stage => stage.Amounts.Contains("1.4T"));
        var rendered = MarkdownRenderer.Render(result.Catalog, CatalogLanguage.English);
        Assert.Contains("[Chatbot Arena Conversations JA (calm2) Dataset](https://example.org/arena)", rendered, System.StringComparison.Ordinal);
        Assert.Contains("(**1.4T** tokens)", rendered, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Support_marks_spelled_with_other_glyphs_are_known_by_the_vocabulary_registry()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            list.Write(readme, list.Read(readme).Replace("◯", "○").Replace("✕", "×"));
        }

        var result = Import(list, fidelityFloor: 0.95);
        var expected = baseline.Result.Catalog.Models.Where(model => model.HuggingFaceSupport is not null).ToDictionary(model => model.Id, model => model.HuggingFaceSupport);
        Assert.Contains(expected.Values, support => support == Authoring.Records.HuggingFaceSupport.Yes);
        Assert.Contains(expected.Values, support => support == Authoring.Records.HuggingFaceSupport.No);
        Assert.Equal(expected, result.Catalog.Models.Where(model => model.HuggingFaceSupport is not null).ToDictionary(model => model.Id, model => model.HuggingFaceSupport));
        Assert.Equal(
            baseline.Result.Catalog.Models.Select(model => (model.Id, model.Variants.Count)),
            result.Catalog.Models.Select(model => (model.Id, model.Variants.Count)));
    }

    private ImportResult Import(ListVariant list, double? fidelityFloor = null)
    {
        var result = CatalogImporter.Import(UpstreamReader.Read(list.Root));
        output.WriteLine(result.Report.Format());

        // Every row is a record or a located line under "Rows not imported".
        foreach (var (section, _, rows, records) in result.Report.Sections)
        {
            Assert.True(rows == records + result.Report.NotImportedCount(section), $"{section}: {rows} rows, {records} records, {result.Report.NotImportedCount(section)} not imported");
        }

        Assert.All(result.Report.NotImported, row => Assert.True(row.Line > 0, row.ToString()));

        // No written record is one that jllm check rejects.
        var (_, diagnostics) = CatalogLoader.Load(CatalogFileSet.From(result.Catalog));
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error);

        foreach (var (language, path) in new[] { (CatalogLanguage.Japanese, "README.md"), (CatalogLanguage.English, "en/README.md"), (CatalogLanguage.French, "fr/README.md") })
        {
            if (!System.IO.File.Exists(System.IO.Path.Combine(list.Root, path)))
            {
                continue;
            }

            var comparison = TableComparison.Compare(
                ListDocumentReader.Read(path, list.Read(path)).Sections.Where(section => section.Table is not null && section.Anchor is not "reference" and not "reference-training"),
                ListDocumentReader.Read("rendered", MarkdownRenderer.Render(result.Catalog, language)).Sections.Where(section => section.Table is not null));
            output.WriteLine($"{language}: {comparison.Identical}/{comparison.Cells} cells identical ({comparison.Ratio:P2}), {comparison.MissingRows.Count} rows missing");
            if (fidelityFloor is { } floor)
            {
                Assert.Empty(comparison.MissingRows);
                Assert.True(comparison.Ratio >= floor, $"{language}: {comparison.Identical}/{comparison.Cells}");
            }
        }

        return result;
    }

    private static string SwapCells(string line, int first, int second)
    {
        var cells = line.Split('|');
        (cells[first], cells[second]) = (cells[second], cells[first]);
        return string.Join("|", cells);
    }

    private static string DropCell(string line, int cell)
    {
        var cells = line.Split('|').ToList();
        cells.RemoveAt(cell);
        return string.Join("|", cells);
    }

    /// <summary>The same row as a new model: another name, link and repo.</summary>
    private static string NewRow(string line) =>
        Regex.Replace(Regex.Replace(line, @"^\| \[[^\]]+\]\([^)]+\)", "| [Mutation-1B](https://example.org/mutation-1b)"), @"huggingface\.co/[^)\s]+", "huggingface.co/example/mutation-1b");
}
