using System.Globalization;
using System.Text.Json;
using CsCheck;
using CsvHelper;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Export;
using JapaneseLlm.Catalog.Cli.Rendering;
using JapaneseLlm.Catalog.Robustness.Support;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Xunit;
using Xunit.Abstractions;
using CatalogLanguage = JapaneseLlm.Catalog.Authoring.CatalogLanguage;
using Describe = JapaneseLlm.Catalog.Authoring.Rules.Describe;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// jllm's outputs read back by real parsers (issue 17): the rendered list by Markdig (CommonMark with GitHub's pipe
/// tables and footnotes), the CSV by CsvHelper, the JSON by System.Text.Json, the llms.txt by Markdig. Over random
/// catalogs of hostile texts, with URLs that are fine, hold parentheses, brackets and footnote markers, or are
/// javascript:, each output must keep its shape (one table per section, one row per record, one cell per column;
/// one CSV row per model with every column; one list item per record), give back each value, and hold no active
/// content: no link that is not an http(s) URL, no link or footnote reference that no record asked for, no CSV cell
/// a spreadsheet would run. Texts are the list's inline markdown by design, so a cell's expected reading is how
/// Markdig reads the same text in a paragraph of its own. A failure prints CsCheck's seed; set CsCheck_Seed to replay it.
/// </summary>
public sealed class OutputRoundTripTests(ITestOutputHelper output)
{
    private const int Catalogs = 60;
    private const int ModelsPerCatalog = 8;

    private static readonly string[] ModelColumns = ["name", "developers", "licenses", "architecture", "training_data", "domain", "platform"];

    /// <summary>Text a URL or a name is built around: links that must stay whole, markers that must not come alive.</summary>
    private static readonly string[] UrlStarts = ["https://example.com/", "https://example.com/a_(b)/", "https://example.com/[^1]/", "javascript:", "JavaScript:alert(1)//", "", "http://example.com/x)y|z "];

    private static readonly string[] Injections = ["", "a | b", "\\|", "\\\\|", "\n# Injected", "\r\n- item", "=cmd()", "+1", "-1", "@x", "\t=1", "<!--", "-->", "[^1]", "*a | b*",
        "[x](javascript:alert(1))", "](javascript:alert(1))", "[x](&#106;avascript:alert(1))", "<javascript:alert(1)>", "[r]\n[r]: javascript:alert(1)", "<a href='javascript:alert(1)'>x</a>"];

    [Fact]
    public void Rendered_lists_and_exports_read_back_with_the_same_shape_values_and_no_active_content()
    {
        var counts = new Counts();
        Gen.Select(RandomCatalog.Gen(ModelsPerCatalog), Gen.Int[0, 1_000_000].Array[64], Gen.OneOf(CatalogLanguage.Japanese, CatalogLanguage.English, CatalogLanguage.French), (catalog, picks, language) => (Catalog: Hostile(catalog, picks), Language: language))
            .Sample(
                sample =>
                {
                    var content = Load(sample.Catalog);
                    CheckRendered(content, sample.Language, counts);
                    CheckCsv(content, counts);
                    CheckJson(content, counts);
                    CheckLlmsTxt(content, counts);
                },
                iter: Catalogs,
                threads: 1);
        output.WriteLine($"{Catalogs} catalogs of {ModelsPerCatalog} models: {counts}");
    }

    private static void CheckRendered(CatalogContent catalog, CatalogLanguage language, Counts counts)
    {
        var rendered = MarkdownRenderer.RenderList(catalog, language);
        Assert.Empty(rendered.Unrendered);
        var document = MarkdownReading.Parse(rendered.Text);

        Assert.Equal(catalog.Sections.Count, document.Descendants<HeadingBlock>().Count());
        var tables = document.Descendants<Table>().ToList();
        Assert.Equal(3, tables.Count);
        var recordsBySection = new[] { catalog.Models.Count, catalog.Benchmarks.Count, catalog.Papers.Count };
        for (var index = 0; index < tables.Count; index++)
        {
            var rows = tables[index].OfType<TableRow>().ToList();
            Assert.True(1 + recordsBySection[index] == rows.Count, $"table {index}: {rows.Count - 1} rows for {recordsBySection[index]} records\n{rendered.Text}");
            var columns = catalog.Sections[index].Columns.Count;
            Assert.All(rows, row => Assert.True(columns == row.Count, $"table {index}: a row of {row.Count} cells for {columns} columns\n{rendered.Text}"));
        }

        // Prose cells are plain text: Markdig reads each back as its characters, whatever markup they look like.
        var modelRows = tables[0].OfType<TableRow>().Skip(1).ToList();
        var models = RecordOrdering.Models(catalog.Models, catalog.Sections[0]);
        for (var row = 0; row < models.Count; row++)
        {
            foreach (var (field, text) in new[] { ("training_data", models[row].TrainingData), ("domain", models[row].Domain), ("platform", models[row].Platform) })
            {
                var cell = (TableCell)modelRows[row][Array.IndexOf(ModelColumns, field)];
                var expected = MarkdownReading.Literal(text?[language] ?? "");
                // GFM wants a pipe escaped even inside a code span and shows it without the backslash; Markdig keeps the
                // backslash there. Both readings are compared as GitHub shows them.
                var actual = MarkdownReading.Reading(cell.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline).Replace("\\|", "|", StringComparison.Ordinal);
                expected = expected.Replace("\\|", "|", StringComparison.Ordinal);
                Assert.True(expected == actual, $"{models[row].Id}.{field}: expected {Show(expected)}, read {Show(actual)} from {Show(text?[language])} in the row {Show(rendered.Text.Split('\n').Where(line => line.StartsWith('|')).ElementAt(2 + row))}");
                counts.Cells++;
            }
        }

        AssertNoActiveLinks(document, catalog, "render");
        counts.Rendered++;
    }

    private static void CheckCsv(CatalogContent catalog, Counts counts)
    {
        var csv = CatalogCsvExporter.Export(catalog);
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        using var reader = CsvReader.FromText(csv, options);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        Assert.Equal(CatalogCsvExporter.Columns, rows[0]);
        Assert.Equal(catalog.Models.Count + 1, rows.Count);
        var byId = catalog.Models.ToDictionary(model => model.Id);
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal(CatalogCsvExporter.Columns.Length, row.Length);
            var model = byId[row[0]];
            Assert.Equal(Spreadsheet(ExportVocabulary.Plain(model.Name, CatalogLanguage.English)), row[Array.IndexOf(CatalogCsvExporter.Columns, "name")]);
            Assert.Equal(Spreadsheet(ExportVocabulary.Plain(model.Architecture, CatalogLanguage.English)), row[Array.IndexOf(CatalogCsvExporter.Columns, "architecture")]);
            Assert.Equal(SafeLinks.Safe(model.Url) ?? "", row[Array.IndexOf(CatalogCsvExporter.Columns, "url")]);
            Assert.All(row, cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"formula cell {Show(cell)}"));
            counts.CsvCells += row.Length;
        }
    }

    private static void CheckJson(CatalogContent catalog, Counts counts)
    {
        using var document = JsonDocument.Parse(CatalogJsonExporter.Export(catalog));
        var models = document.RootElement.GetProperty("models");
        Assert.Equal(catalog.Models.Count, models.EnumerateObject().Count());
        foreach (var model in catalog.Models)
        {
            var json = models.GetProperty(model.Id);
            foreach (var language in Describe.Languages)
            {
                var name = json.GetProperty("name").GetProperty(Describe.Code(language));
                Assert.Equal(model.Name[language] is { } text ? ExportVocabulary.Plain(text) : null, name.GetString());
            }

            Assert.Equal(SafeLinks.Safe(model.Url), json.GetProperty("url").GetString());
        }

        foreach (var url in Urls(document.RootElement))
        {
            Assert.True(url is null || SafeLinks.IsSafe(url), $"JSON url {Show(url)}");
            counts.JsonUrls++;
        }
    }

    private static void CheckLlmsTxt(CatalogContent catalog, Counts counts)
    {
        var text = LlmsTxtExporter.Export(catalog);
        var document = MarkdownReading.Parse(text);
        var headings = document.Descendants<HeadingBlock>().ToList();
        Assert.True(headings.Count == 4, $"{headings.Count} headings in\n{text}");
        Assert.Equal(1, headings.Count(heading => heading.Level == 1));
        var items = document.Descendants<ListItemBlock>().ToList();
        Assert.True(catalog.Models.Count + catalog.Benchmarks.Count + catalog.Papers.Count == items.Count, $"{items.Count} list items in\n{text}");
        Assert.All(items, item => Assert.True(item.Count == 1 && item[0] is ParagraphBlock, $"a list item of {item.Count} blocks in\n{text}"));
        AssertNoActiveLinks(document, catalog, "llms.txt");
        counts.LlmsItems += items.Count;
    }

    /// <summary>Every link goes to a URL of the catalog that may be written (or a Hugging Face page); no footnote reference comes from a URL.</summary>
    private static void AssertNoActiveLinks(MarkdownDocument document, CatalogContent catalog, string what)
    {
        foreach (var (kind, url) in MarkdownReading.Links(document))
        {
            Assert.True(kind != "footnote" || catalog.Entries.Any(entry => ReferencesFootnote(entry, url)), $"{what}: footnote reference [^{url}] that no text wrote");
            // Raw HTML is the list's own markup; its targets may be relative, but never of an unsafe scheme.
            var safe = kind == "html" ? Authoring.Rules.InlineLinks.Problem(url) is null : SafeLinks.IsSafe(url) || url.StartsWith('#');
            Assert.True(kind == "footnote" || safe, $"{what}: {kind} to {Show(url)}");
        }
    }

    private static bool ReferencesFootnote(Authoring.Records.CatalogEntry entry, string label) => entry is Authoring.Records.ModelRecord model
        && new[] { model.Name, model.Architecture, model.TrainingData, model.Domain, model.Platform, model.BaseModel }.Any(text => text is not null && new[] { text.Japanese, text.English, text.French }.Any(value => value?.Contains("[^" + label + "]", StringComparison.Ordinal) == true));

    private static IEnumerable<string?> Urls(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => property.Name == "url" ? [property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.GetString()] : Urls(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Urls),
        _ => [],
    };

    /// <summary>The catalog with its URLs built around <see cref="UrlStarts"/> and <see cref="Injections"/> put in front of texts.</summary>
    private static RandomCatalog Hostile(RandomCatalog catalog, int[] picks)
    {
        var next = 0;
        string Pick(string[] choices) => choices[picks[next++ % picks.Length] % choices.Length];
        LocalizedStrings Inject(LocalizedStrings text) => new(Pick(Injections) + text.Ja, Pick(Injections) + text.En, Pick(Injections) + text.Fr);
        return catalog with
        {
            Models = [.. catalog.Models.Select(model => model with
            {
                Name = Inject(model.Name),
                Url = Pick(UrlStarts) + model.Url,
                VariantUrl = Pick(UrlStarts) + model.VariantUrl,
                TrainingData = Inject(model.TrainingData),
                Domain = Inject(model.Domain),
                Architecture = Inject(model.Architecture),
                Platform = Pick(Injections) + model.Platform,
            })],
            Developers = [.. catalog.Developers.Select(developer => developer with { Name = Inject(developer.Name), Url = Pick(UrlStarts) + developer.Url })],
            Benchmarks = [.. catalog.Benchmarks.Select(benchmark => benchmark with { Url = Pick(UrlStarts) + benchmark.Url })],
            Papers = [.. catalog.Papers.Select(paper => paper with { Url = Pick(UrlStarts) + paper.Url })],
        };
    }

    /// <summary>The random catalog as jllm loads it, with tables for every kind and a footnote a URL could wake up.</summary>
    private static CatalogContent Load(RandomCatalog catalog)
    {
        var files = catalog.ToFiles().Cast<CorpusText>().ToDictionary(file => file.Path["/random/".Length..], file => file.Text);
        files["registries/sections.yaml"] = "kind: sections\nsections:\n"
            + Section("random", "model", "  category: text-generation\n", ModelColumns)
            + Section("random-benchmarks", "benchmark", "", ["name", "description", "developers"])
            + Section("random-papers", "paper", "", ["name", "published", "venue", "title"]);
        files["registries/footnotes.yaml"] = "kind: footnotes\nfootnotes:\n- id: \"1\"\n  text: A footnote a URL must not refer to.\n";
        var (content, diagnostics) = CatalogLoader.Load(files);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Severity == Authoring.Diagnostics.DiagnosticSeverityLevel.Error);
        Assert.Equal(catalog.Models.Length, content.Models.Count);
        return content;
    }

    private static string Section(string id, string kind, string extra, string[] columns) =>
        $"- id: {id}\n  level: 2\n  heading: {id}\n  records: {kind}\n{extra}  columns:\n" + string.Concat(columns.Select(column => $"  - field: {column}\n    header: {column}\n"));

    private static string Spreadsheet(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static string Show(string? value) =>
        value is null ? "null" : "\"" + string.Concat(value.Select(character => character is >= ' ' and <= '~' ? character.ToString() : $"\\u{(int)character:X4}")) + "\"";

    private sealed class Counts
    {
        public int Rendered;
        public int Cells;
        public int CsvCells;
        public int JsonUrls;
        public int LlmsItems;

        public override string ToString() =>
            $"{Rendered} lists rendered, {Cells} prose cells compared with Markdig's own reading; {CsvCells} CSV cells read back by CsvHelper; {JsonUrls} JSON urls checked; {LlmsItems} llms.txt items read back";
    }
}
