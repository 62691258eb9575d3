using System.Collections.Generic;
using System;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Rendering;

/// <summary>
/// Renders the catalog as the list's README in one language: the same headings, anchors and columns, the
/// rows in the list's order, and the footnotes at the end, numbered in the footnote registry's order.
/// The papers tables, which the list includes from parts/, are rendered in place.
/// </summary>
internal static class MarkdownRenderer
{
    public static string Render(CatalogContent catalog, CatalogLanguage language) => RenderList(catalog, language).Text;

    public static RenderedList RenderList(CatalogContent catalog, CatalogLanguage language)
    {
        var cells = new CellRenderer(catalog, catalog.NewestYear);
        var body = new StringBuilder();
        var written = new HashSet<CatalogEntry>(ReferenceEqualityComparer.Instance);
        foreach (var section in catalog.Sections)
        {
            RenderSection(body, catalog, cells, section, language, written);
        }

        var withIds = body.ToString();
        var numbers = NumberFootnotes(catalog, withIds);
        var text = new StringBuilder(InlineSyntax.MapMarkers(withIds, id => numbers.TryGetValue(id, out var number) ? number : id));
        foreach (var footnote in catalog.Footnotes.Where(footnote => numbers.ContainsKey(footnote.Id)))
        {
            var footnoteText = TextMarkup.Write(footnote.Text[language] ?? footnote.Text.Get(language), footnote, "text");
            text.Append("[^").Append(numbers[footnote.Id]).Append("]: ").Append(MarkdownEscaping.OneLine(footnoteText)).Append("\n\n");
        }

        var unrendered = catalog.Models.Cast<CatalogEntry>().Concat(catalog.Benchmarks).Concat(catalog.Papers)
            .Where(entry => !written.Contains(entry) && !IsWithdrawn(entry))
            .Select(entry => WhyNoRow(catalog, entry))
            .ToList();
        return new RenderedList(
            text.ToString().TrimEnd('\n') + "\n",
            written.OfType<ModelRecord>().Count(),
            written.OfType<BenchmarkRecord>().Count(),
            written.OfType<PaperRecord>().Count(),
            unrendered);
    }

    private static void RenderSection(StringBuilder output, CatalogContent catalog, CellRenderer cells, SectionEntry section, CatalogLanguage language, HashSet<CatalogEntry> written)
    {
        if (section.Anchor is not null)
        {
            output.Append("<a id=\"").Append(MarkdownEscaping.Attribute(section.Anchor)).Append("\"></a>\n");
        }

        output.Append(new string('#', section.Level)).Append(' ').Append(MarkdownEscaping.OneLine(MarkdownEscaping.Inert(section.Heading[language] ?? section.Heading.Get(language)))).Append("\n\n");
        AppendProse(output, section.Intro, language);
        var rows = Rows(catalog, cells, section, language);
        if (rows is not null)
        {
            output.Append(TableRow(section.Columns.Select(column => column.Header[language] ?? ""))).Append('\n');
            output.Append(TableRow(section.Columns.Select(column => AlignmentCell(column.Alignment)))).Append('\n');
            foreach (var (record, row) in rows)
            {
                output.Append(TableRow(row)).Append('\n');
                written.Add(record);
            }

            output.Append('\n');
        }

        AppendProse(output, section.Outro, language);
    }

    /// <summary>The section's rows, each with its record; null for a section without a table (no kind, or no columns).</summary>
    private static IEnumerable<(CatalogEntry Record, IReadOnlyList<string> Cells)>? Rows(CatalogContent catalog, CellRenderer cells, SectionEntry section, CatalogLanguage language)
    {
        var fields = section.Columns.Select(column => column.Shows).ToList();
        if (fields.Count == 0)
        {
            return null;
        }

        switch (section.RecordKind)
        {
            case "model":
                return RecordOrdering.Models(catalog.Models.Where(model => model.Section == section.Id && !IsWithdrawn(model)), section)
                    .Select(model => ((CatalogEntry)model, (IReadOnlyList<string>)fields.Select(field => cells.ModelCell(model, section, field, language)).ToList()));
            case "benchmark":
                return RecordOrdering.Benchmarks(catalog.Benchmarks.Where(benchmark => benchmark.Section == section.Id))
                    .Select(benchmark => ((CatalogEntry)benchmark, (IReadOnlyList<string>)fields.Select(field => cells.BenchmarkCell(benchmark, field, language)).ToList()));
            case "paper":
                return RecordOrdering.Papers(catalog.Papers.Where(paper => paper.Section == section.Id))
                    .Select(paper => ((CatalogEntry)paper, (IReadOnlyList<string>)fields.Select(field => CellRenderer.PaperCell(paper, field, language)).ToList()));
            default:
                return null;
        }
    }

    /// <summary>Why a record got no row: what is wrong with the section it names, and how to fix it.</summary>
    /// <summary>A withdrawn model has left the list; the catalog keeps it so that consumers' code still builds.</summary>
    private static bool IsWithdrawn(CatalogEntry entry) => entry is ModelRecord { Withdrawn: not null };

    private static string WhyNoRow(CatalogContent catalog, CatalogEntry entry)
    {
        var sectionId = entry switch
        {
            ModelRecord model => model.Section,
            BenchmarkRecord benchmark => benchmark.Section,
            PaperRecord paper => paper.Section,
            _ => "",
        };
        var section = catalog.Sections.FirstOrDefault(candidate => candidate.Id == sectionId);
        var problem = section switch
        {
            null => "is not in the sections registry",
            { RecordKind: null } => "is a heading without a table (it has no 'records:')",
            { RecordKind: var kind } when kind != entry.KindName => $"lists {kind}s ('records: {kind}')",
            _ => "has no 'columns:'",
        };
        return $"{entry.Path}: {entry.KindName} '{entry.Id}' is not rendered: its section '{sectionId}' {problem}; move the record to a section that lists {entry.KindName}s, or fix the section";
    }

    /// <summary>Numbers the footnotes the text refers to, in registry order (the list's own numbering).</summary>
    private static Dictionary<string, string> NumberFootnotes(CatalogContent catalog, string text)
    {
        var used = new HashSet<string>(InlineSyntax.MarkerLabels(text));
        foreach (var footnote in catalog.Footnotes.Where(footnote => used.Contains(footnote.Id)))
        {
            // A footnote's own text may point at another footnote.
            foreach (var label in InlineSyntax.MarkerLabels(footnote.Text.Get(CatalogLanguage.English)))
            {
                used.Add(label);
            }
        }

        var numbers = new Dictionary<string, string>();
        foreach (var footnote in catalog.Footnotes.Where(footnote => used.Contains(footnote.Id)))
        {
            numbers[footnote.Id] = (numbers.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return numbers;
    }

    private static void AppendProse(StringBuilder output, LocalizedText? prose, CatalogLanguage language)
    {
        var text = prose?[language];
        if (!string.IsNullOrEmpty(text))
        {
            output.Append(MarkdownEscaping.Inert(text)).Append("\n\n");
        }
    }

    private static string TableRow(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(MarkdownEscaping.TableCell)) + " |";

    private static string AlignmentCell(string alignment) => alignment switch
    {
        "left" => ":---",
        "right" => "---:",
        "none" => "---",
        _ => ":---:",
    };
}
