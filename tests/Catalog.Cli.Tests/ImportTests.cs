using System.IO;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Import;
using JapaneseLlm.Catalog.Cli.Rendering;
using JapaneseLlm.Catalog.Cli.Upstream;
using JapaneseLlm.Catalog.Cli.Yaml;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Parsing;
using Xunit;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>The importer's guarantees: deterministic output, files the shared parser accepts, the committed catalog unchanged.</summary>
public sealed class ImportTests : IClassFixture<ImportFixture>
{
    private readonly ImportFixture import;

    public ImportTests(ImportFixture import) => this.import = import;

    [Fact]
    public void Importing_twice_gives_byte_identical_files()
    {
        var first = Path.Combine(Path.GetTempPath(), "jllm-import-" + System.Guid.NewGuid().ToString("N"));
        var second = Path.Combine(Path.GetTempPath(), "jllm-import-" + System.Guid.NewGuid().ToString("N"));
        try
        {
            CatalogFolderWriter.Write(first, CatalogFileSet.From(CatalogImporter.Import(UpstreamReader.Read(TestPaths.Upstream)).Catalog));
            CatalogFolderWriter.Write(second, CatalogFileSet.From(CatalogImporter.Import(UpstreamReader.Read(TestPaths.Upstream)).Catalog));
            var firstFiles = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(first, path)).OrderBy(path => path, System.StringComparer.Ordinal).ToList();
            var secondFiles = Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(second, path)).OrderBy(path => path, System.StringComparer.Ordinal).ToList();
            Assert.Equal(firstFiles, secondFiles);
            foreach (var path in firstFiles)
            {
                var bytes = File.ReadAllBytes(Path.Combine(first, path));
                Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second, path)));
                Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, path + " starts with a BOM");
                Assert.DoesNotContain((byte)'\r', bytes);
            }
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void Committed_catalog_equals_a_fresh_import()
    {
        var committed = Directory.EnumerateFiles(TestPaths.Catalog, "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(TestPaths.Catalog, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("schema/", System.StringComparison.Ordinal))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .ToList();
        Assert.Equal(import.Files.Keys, committed);
        foreach (var path in committed)
        {
            Assert.True(import.Files[path] == File.ReadAllText(Path.Combine(TestPaths.Catalog, path), Encoding.UTF8), $"catalog/{path} differs from a fresh import: run jllm import and review the change");
        }
    }

    [Fact]
    public void Every_imported_file_parses_without_diagnostics_and_starts_with_a_schema_modeline()
    {
        foreach (var (path, text) in import.Files)
        {
            var parsed = CatalogParser.Parse(path, text);
            Assert.True(parsed.Diagnostics.IsEmpty, path + ": " + string.Join("; ", parsed.Diagnostics.Select(diagnostic => diagnostic.Message)));
            Assert.StartsWith("# yaml-language-server: $schema=", text);
        }

        var (_, diagnostics) = CatalogLoader.Load(import.Files);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Rendering_after_the_yaml_round_trip_equals_rendering_the_import()
    {
        var (loaded, _) = CatalogLoader.Load(import.Files);
        foreach (var language in new[] { CatalogLanguage.Japanese, CatalogLanguage.English, CatalogLanguage.French })
        {
            Assert.Equal(MarkdownRenderer.Render(import.Result.Catalog, language), MarkdownRenderer.Render(loaded, language));
        }
    }

    [Fact]
    public void Every_row_becomes_one_record()
    {
        var report = import.Result.Report;
        Assert.All(report.Sections, section => Assert.Equal(section.UpstreamRows, section.Records));
        Assert.Equal(366, import.Result.Catalog.Models.Count);
        Assert.Equal(56, import.Result.Catalog.Benchmarks.Count);
        Assert.Equal(109, import.Result.Catalog.Papers.Count);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void Orphan_footnotes_are_reported_and_left_out()
    {
        var report = import.Result.Report;
        Assert.Equal(new[] { "[^15] (README.md:770)", "[^16] (README.md:772)" }, report.OrphanFootnotes);
        Assert.Equal(27, import.Result.Catalog.Footnotes.Count);
        Assert.Contains("[^15]", report.Format());
    }

    [Fact]
    public void The_openai_terms_caveat_sits_on_the_lists_ten_rows_and_on_every_row_whose_data_calls_for_it()
    {
        var catalog = import.Result.Catalog;
        var caveat = Assert.Single(catalog.Footnotes, footnote => footnote.OpenAiTermsCaveat);
        Assert.Equal("openai-terms", caveat.Id);
        var generated = catalog.Datasets.Where(dataset => dataset.GeneratedBy.Contains("openai")).Select(dataset => dataset.Id).ToHashSet();
        var rows = catalog.Models.Where(model => model.Footnotes.Any(footnote => footnote.Field == "licenses" && footnote.FootnoteId == caveat.Id)).ToList();
        Assert.Equal(10, rows.Count(model => model.CaveatAddedFor.Count == 0));
        Assert.All(rows, model => Assert.Contains(model.Datasets, dataset => generated.Contains(dataset.Id)));
        var added = rows.Where(model => model.CaveatAddedFor.Count > 0).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, model => Assert.All(model.CaveatAddedFor, dataset => Assert.Contains(dataset.Id, generated)));
        Assert.Contains(added, model => model.Id == "plamo-13b" && model.Training.Any(stage => stage.AppliesTo == "NC" && stage.Datasets.Any(dataset => dataset.Id == "alpaca")));
        Assert.All(catalog.Models.Where(model => model.Datasets.Any(dataset => generated.Contains(dataset.Id))), model => Assert.Contains(model, rows));
        Assert.All(catalog.Datasets.Where(dataset => dataset.GeneratedBy.Count > 0), dataset => Assert.StartsWith("https://", dataset.GeneratedBySource));
    }

    [Fact]
    public void Structured_facts_are_read_from_cells()
    {
        var catalog = import.Result.Catalog;
        var sarashina = catalog.Models.Single(model => model.Id == "sarashina2-8x70b");
        Assert.Equal("sbintuitions/sarashina2-8x70b", sarashina.Variants[0].HuggingFaceId);
        Assert.Equal(465_000_000_000, sarashina.Variants[0].Parameters);
        var sarashina2 = catalog.Models.Single(model => model.Id == "sarashina2");
        Assert.Equal(new[] { "4096 7b, 13b", "8192 70b" }, sarashina2.ContextLengths.Select(length => $"{length.Tokens} {length.AppliesTo}"));
        Assert.Equal(new long?[] { 7_000_000_000, 13_000_000_000, 70_000_000_000 }, sarashina2.Variants.Select(variant => variant.Parameters));
        var individual = catalog.Developers.Single(developer => developer.Name.Japanese == "山田育矢");
        Assert.True(individual.Individual);
        Assert.Equal("Ikuya Yamada", individual.Name.English);
        Assert.Contains(catalog.Models, model => model.Undisclosed.Contains("training_data"));
        Assert.All(catalog.Models.Where(model => model.Announced is not null), model => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", model.Announced!));
        Assert.Contains(catalog.Models, model => model.Announced is not null);
    }
}
