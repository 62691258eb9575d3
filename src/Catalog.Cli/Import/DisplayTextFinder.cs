using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Rendering;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Renders every imported cell back from its structure with the renderer's own code and compares it with
/// the list's cell, whitespace folded. Where they differ, the cell keeps the list's wording for that language
/// (<c>&lt;field&gt;_text</c>, as plain text and links like every text: <see cref="PlainTexts"/>) and the report counts it. A difference only in footnote markers is not kept:
/// the markers are structure, decided by the languages' majority, and the report says so.
/// </summary>
internal static class DisplayTextFinder
{
    private static readonly Regex Markers = new(@"\s*(\(\?\))?\s*\[\^[^\]]+\]", RegexOptions.CultureInvariant);

    public static CatalogContent Apply(CatalogContent catalog, IReadOnlyDictionary<string, List<UpstreamRow>> rowsBySection, ImportReport report)
    {
        var cells = new CellRenderer(catalog, catalog.NewestYear);
        var corrections = new ListCorrections(catalog.Words);
        var models = new List<ModelRecord>();
        var benchmarks = new List<BenchmarkRecord>();
        foreach (var section in catalog.Sections.Where(section => rowsBySection.ContainsKey(section.Id)))
        {
            var rows = rowsBySection[section.Id];
            var fields = section.Columns.Select(column => column.Shows).ToList();
            switch (section.RecordKind)
            {
                case "model":
                    var sectionModels = catalog.Models.Where(model => model.Section == section.Id).ToList();
                    for (var index = 0; index < sectionModels.Count; index++)
                    {
                        var model = sectionModels[index];
                        var texts = Find(fields, rows[index], (field, language) => cells.ModelCellFromStructure(model, section, field, language), report, model.Undisclosed.ToList(), corrections);
                        models.Add(texts.Count == 0 ? model : PlainTexts.WithDisplayTexts(model, texts));
                    }

                    break;
                case "benchmark":
                    var sectionBenchmarks = catalog.Benchmarks.Where(benchmark => benchmark.Section == section.Id).ToList();
                    for (var index = 0; index < sectionBenchmarks.Count; index++)
                    {
                        var benchmark = sectionBenchmarks[index];
                        var texts = Find(fields, rows[index], (field, language) => cells.BenchmarkCellFromStructure(benchmark, field, language), report, System.Array.Empty<string>(), corrections);
                        benchmarks.Add(texts.Count == 0 ? benchmark : PlainTexts.WithDisplayTexts(benchmark, texts));
                    }

                    break;
                case "paper":
                    var sectionPapers = catalog.Papers.Where(paper => paper.Section == section.Id).ToList();
                    for (var index = 0; index < sectionPapers.Count; index++)
                    {
                        var paper = sectionPapers[index];
                        var leftovers = Find(fields, rows[index], (field, language) => CellRenderer.PaperCell(paper, field, language), report, System.Array.Empty<string>(), corrections);
                        foreach (var leftover in leftovers)
                        {
                            report.Problem(rows[index].Origin.File, rows[index].Origin.Line, $"{leftover.Field}: the paper's cell cannot be rendered from its fields");
                        }
                    }

                    break;
            }
        }

        return new CatalogContent(catalog.Sections, models, benchmarks, catalog.Papers, catalog.Developers, catalog.Licenses, catalog.Datasets, catalog.Footnotes) { BaseModels = catalog.BaseModels, Vocabulary = catalog.Vocabulary };
    }

    private static List<FieldText> Find(IReadOnlyList<string> fields, UpstreamRow row, System.Func<string, CatalogLanguage, string> render, ImportReport report, IReadOnlyCollection<string> undisclosed, ListCorrections corrections)
    {
        var texts = new List<FieldText>();
        for (var column = 0; column < fields.Count; column++)
        {
            var field = fields[column];
            var written = new string?[3];
            foreach (var language in PerLanguage<int>.Languages)
            {
                var upstream = row.Cells[column][language];
                var rendered = render(field, language);
                if (InlineSyntax.Fold(upstream) == InlineSyntax.Fold(rendered))
                {
                    continue;
                }

                if (WithoutMarkers(upstream) == WithoutMarkers(rendered))
                {
                    report.Note(row.Origin.Files[language], row.Origin.Lines[language], $"{field}: footnote markers follow the other languages: '{upstream}' is rendered '{rendered}'");
                    continue;
                }

                if (corrections.Find(field, language, WithoutMarkers(upstream), WithoutMarkers(row.Cells[column].Ja), undisclosed) is { } correction)
                {
                    report.Note(row.Origin.Files[language], row.Origin.Lines[language], $"{field}: corrected, {correction.Reason}: '{upstream}' is rendered '{correction.Text ?? rendered}'");
                    written[(int)language] = correction.Text;
                    continue;
                }

                written[(int)language] = upstream;
            }

            var count = written.Count(text => text is not null);
            if (count > 0)
            {
                texts.Add(new FieldText(field, new LocalizedText(written[0], written[1], written[2])));
                report.Override(field, count);
            }
        }

        return texts;
    }

    private static string WithoutMarkers(string cell) => InlineSyntax.Fold(Markers.Replace(cell, ""));
}
