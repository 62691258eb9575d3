using System.Collections.Generic;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Model;
using JapaneseLlm.Catalog.Model.Records;

namespace JapaneseLlm.Catalog.Cli.Rendering;

/// <summary>
/// Renders the catalog as the list's README in one language: the same headings, anchors and columns, the
/// rows in the list's order, and the footnotes at the end, numbered in the footnote registry's order.
/// The papers tables, which the list includes from parts/, are rendered in place.
/// </summary>
internal static class MarkdownRenderer
{
    public static string Render(CatalogContent catalog, Language language)
    {
        var cells = new CellRenderer(catalog, catalog.NewestYear);
        var body = new StringBuilder();
        foreach (var section in catalog.Sections)
        {
            RenderSection(body, catalog, cells, section, language);
        }

        var withIds = body.ToString();
        var numbers = NumberFootnotes(catalog, withIds);
        var text = new StringBuilder(InlineSyntax.MapMarkers(withIds, id => numbers.TryGetValue(id, out var number) ? number : id));
        foreach (var footnote in catalog.Footnotes.Where(footnote => numbers.ContainsKey(footnote.Id)))
        {
            var footnoteText = InlineSyntax.MapMarkers(footnote.Text[language] ?? footnote.Text.Preferred(language), id => numbers.TryGetValue(id, out var number) ? number : id);
            text.Append("[^").Append(numbers[footnote.Id]).Append("]: ").Append(footnoteText).Append("\n\n");
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void RenderSection(StringBuilder output, CatalogContent catalog, CellRenderer cells, SectionEntry section, Language language)
    {
        if (section.Anchor is not null)
        {
            output.Append("<a id=\"").Append(section.Anchor).Append("\"></a>\n");
        }

        output.Append(new string('#', section.Level)).Append(' ').Append(section.Heading[language] ?? section.Heading.Preferred(language)).Append("\n\n");
        AppendProse(output, section.Intro, language);
        var rows = Rows(catalog, cells, section, language);
        if (rows is not null)
        {
            output.Append(TableRow(section.Columns.Select(column => column.Header[language] ?? ""))).Append('\n');
            output.Append(TableRow(section.Columns.Select(column => AlignmentCell(column.Alignment)))).Append('\n');
            foreach (var row in rows)
            {
                output.Append(TableRow(row)).Append('\n');
            }

            output.Append('\n');
        }

        AppendProse(output, section.Outro, language);
    }

    private static IEnumerable<IReadOnlyList<string>>? Rows(CatalogContent catalog, CellRenderer cells, SectionEntry section, Language language)
    {
        var fields = section.Columns.Select(column => column.Field).ToList();
        switch (section.RecordKind)
        {
            case "model":
                return RecordOrdering.Models(catalog.Models.Where(model => model.Section == section.Id), section)
                    .Select(model => (IReadOnlyList<string>)fields.Select(field => cells.ModelCell(model, section, field, language)).ToList());
            case "benchmark":
                return RecordOrdering.Benchmarks(catalog.Benchmarks.Where(benchmark => benchmark.Section == section.Id))
                    .Select(benchmark => (IReadOnlyList<string>)fields.Select(field => cells.BenchmarkCell(benchmark, field, language)).ToList());
            case "paper":
                return RecordOrdering.Papers(catalog.Papers.Where(paper => paper.Section == section.Id))
                    .Select(paper => (IReadOnlyList<string>)fields.Select(field => CellRenderer.PaperCell(paper, field, language)).ToList());
            default:
                return null;
        }
    }

    /// <summary>Numbers the footnotes the text refers to, in registry order (the list's own numbering).</summary>
    private static Dictionary<string, string> NumberFootnotes(CatalogContent catalog, string text)
    {
        var used = new HashSet<string>(InlineSyntax.MarkerLabels(text));
        foreach (var footnote in catalog.Footnotes.Where(footnote => used.Contains(footnote.Id)))
        {
            // A footnote's own text may point at another footnote.
            foreach (var label in InlineSyntax.MarkerLabels(footnote.Text.Preferred(Language.En)))
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

    private static void AppendProse(StringBuilder output, LocalizedText? prose, Language language)
    {
        var text = prose?[language];
        if (!string.IsNullOrEmpty(text))
        {
            output.Append(text).Append("\n\n");
        }
    }

    private static string TableRow(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private static string AlignmentCell(string alignment) => alignment switch
    {
        "left" => ":---",
        "right" => "---:",
        "none" => "---",
        _ => ":---:",
    };
}
