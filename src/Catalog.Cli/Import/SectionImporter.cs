using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Upstream;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Builds the sections registry from the READMEs' headings (the three languages side by side): ids,
/// anchors, headings, the prose around each table and the columns, so rendering needs nothing but catalog/.
/// The papers sections take their tables from parts/, which the list includes at that place.
/// </summary>
internal static class SectionImporter
{
    private static readonly Regex IncludeDirective = new(@"^<!--@include: @/parts/[^>]*-->$", RegexOptions.CultureInvariant | RegexOptions.Multiline);
    private static readonly Regex BoldNumber = new(@"\*\*([0-9][0-9,]*)\*\*", RegexOptions.CultureInvariant);

    public static List<ImportedSection> Import(UpstreamList upstream, ImportKnowledge knowledge, System.Func<string, string> mapMarkers, ImportReport report)
    {
        var documents = new PerLanguage<ListDocument>(upstream.Readmes[CatalogLanguage.Japanese], upstream.Readmes[CatalogLanguage.English], upstream.Readmes[CatalogLanguage.French]);
        var count = documents.Ja.Sections.Count;
        foreach (var language in new[] { CatalogLanguage.English, CatalogLanguage.French })
        {
            if (documents[language].Sections.Count != count)
            {
                report.Problem(documents[language].Path, 1, $"has {documents[language].Sections.Count} sections where README.md has {count}; sections are paired by position up to the shorter");
                count = System.Math.Min(count, documents[language].Sections.Count);
            }
        }

        var sections = new List<ImportedSection>();
        var stack = new List<(int Level, string Id)>();
        for (var index = 0; index < count; index++)
        {
            var parts = documents.Select(document => document.Sections[index]);
            var ja = parts.Ja;
            if (parts.En.Level != ja.Level || parts.Fr.Level != ja.Level || parts.En.Anchor != ja.Anchor || parts.Fr.Anchor != ja.Anchor)
            {
                report.Problem(documents.En.Path, parts.En.Line, $"heading '{parts.En.Heading}' does not match README.md:{ja.Line} '{ja.Heading}' (level or anchor differs)");
            }

            while (stack.Count > 0 && stack[stack.Count - 1].Level >= ja.Level)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var parent = stack.Count > 0 ? stack[stack.Count - 1].Id : null;
            var englishHeading = InlineSyntax.PlainText(parts.En.Heading);
            var id = knowledge.Sections.IdFor(ja.Anchor, parent, englishHeading);
            if (id is null)
            {
                id = (parent is null ? "" : parent + "/") + Slug.From(englishHeading);
                report.Problem(documents.Ja.Path, ja.Line, $"heading '{ja.Heading}' is not in the sections registry; imported as '{id}'");
            }

            stack.Add((ja.Level, id));
            sections.Add(ImportSection(id, parent, parts, documents.Select(document => document.Path), upstream, knowledge, mapMarkers, report));
        }

        return sections;
    }

    private static ImportedSection ImportSection(string id, string? parent, PerLanguage<ListSection> parts, PerLanguage<string> files, UpstreamList upstream, ImportKnowledge knowledge, System.Func<string, string> mapMarkers, ImportReport report)
    {
        var kind = knowledge.Sections.RecordKindFor(id);
        var tables = parts.Select(part => part.Table);
        var tableFiles = files;
        var papers = kind != "paper" ? null : id.EndsWith("/architectures", System.StringComparison.Ordinal) ? upstream.ArchitecturePapers : upstream.TrainingPapers;
        if (papers is { } document)
        {
            // The list includes parts/ at this place; without parts/ the section's own table is read.
            var table = document.Sections.Select(section => section.Table).FirstOrDefault(found => found is not null);
            tables = new PerLanguage<MarkdownTable?>(table, table, table);
            tableFiles = new PerLanguage<string>(document.Path, document.Path, document.Path);
        }

        var fields = new List<string>();
        var tableColumns = new List<int>();
        var columns = new List<SectionColumn>();
        if (tables.Ja is { } jaTable)
        {
            for (var column = 0; column < jaTable.Header.Count; column++)
            {
                var position = column;
                var headers = tables.Select(table => table?.Header.ElementAtOrDefault(position) ?? "");
                var shows = kind == "paper" ? ColumnFields.PaperFields.ElementAtOrDefault(column) : knowledge.Columns.FieldFor(headers);
                if (shows is null && kind == "paper")
                {
                    report.Problem(tableFiles.Ja, jaTable.Line, $"column {column + 1} ('{headers.Ja}') is past the papers table's four columns; its cells are not imported");
                    continue;
                }

                shows ??= SectionColumn.ShowsOther(OtherColumnKey(headers, column, fields));
                var key = SectionColumn.OtherKey(shows);
                if (key is not null)
                {
                    report.Problem(tableFiles.Ja, jaTable.Line, $"column {column + 1} ('{headers.En}' / '{headers.Ja}') is not a field the catalog has; its cells are kept as the list writes them (other_columns, key '{key}') and render back. Give the column a field to make them facts");
                }

                fields.Add(shows);
                tableColumns.Add(column);
                columns.Add(new SectionColumn(key is null ? shows : SectionColumn.OtherField, headers.Select(mapMarkers).ToText(), jaTable.Alignments.ElementAtOrDefault(column) ?? "none") { Key = key });
            }
        }

        if (kind == "model" && tables.Ja is { } modelTable && !fields.Contains("year"))
        {
            report.Problem(tableFiles.Ja, modelTable.Line, $"section '{id}' has no year column: its {modelTable.Rows.Count} records are written without a year (never guessed); add 'year' where a source gives it");
        }

        var entry = new SectionEntry(id, "")
        {
            Parent = parent,
            Level = parts.Ja.Level,
            Anchor = parts.Ja.Anchor,
            Heading = parts.Select(part => mapMarkers(part.Heading)).ToText(),
            Intro = Prose(parts.Select(part => part.Intro), mapMarkers, kind == "paper"),
            Outro = Prose(parts.Select(part => part.Outro), mapMarkers, false),
            RecordKind = tables.Ja is null ? null : kind,
            Category = knowledge.Sections.CategoryFor(id),
            Columns = columns.ToEquatableArray(),
            Ordering = tables.Ja is null ? null : knowledge.Sections.OrderingFor(id),
            VariantsIn = tables.Ja is null || kind != "model" ? null : VariantsColumn(tables.Ja, fields, knowledge.Words),
            LongContextFrom = tables.Ja is null || kind != "model" ? null : LongContextFrom(tables.Ja, fields),
            BaseRelation = knowledge.Sections.BaseRelationFor(id),
        };
        return new ImportedSection(entry, fields, tableColumns, tables, tableFiles);
    }

    /// <summary>A key for a column without a field: its header as a slug, unique in the table.</summary>
    private static string OtherColumnKey(PerLanguage<string> headers, int column, IReadOnlyList<string> taken)
    {
        var slug = Slug.Shorten(Slug.From(InlineSyntax.PlainText(headers.En.Length > 0 ? headers.En : headers.Ja)), 48);
        var key = slug.Length > 0 && char.IsLetterOrDigit(slug[0]) ? slug : "column-" + (column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return taken.Contains(SectionColumn.ShowsOther(key)) ? key + "-" + (column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : key;
    }

    /// <summary>Prose per language; the papers sections drop the include directive, as their table is rendered in place.</summary>
    private static LocalizedText? Prose(PerLanguage<string> texts, System.Func<string, string> mapMarkers, bool dropInclude)
    {
        var mapped = texts.Select(text => mapMarkers(dropInclude ? IncludeDirective.Replace(text, "").Trim() : text));
        return mapped.ToTextOrNull();
    }

    /// <summary>The column whose cells list the variants as <c>([label](link), …)</c> in most rows.</summary>
    private static string? VariantsColumn(MarkdownTable table, IReadOnlyList<string> fields, ListWords words)
    {
        var best = new[] { "name", "architecture", "huggingface_support" }
            .Select(field => (Field: field, Column: IndexOf(fields, field)))
            .Where(candidate => candidate.Column >= 0)
            .Select(candidate => (candidate.Field, Rows: table.Rows.Count(row => row.Cells.Count > candidate.Column && HasVariants(row.Cells[candidate.Column], words))))
            .OrderByDescending(candidate => candidate.Rows)
            .FirstOrDefault();
        return best.Rows > 0 ? best.Field : null;
    }

    /// <summary>A list of variant links, or one linked support mark (the repository of the only variant).</summary>
    private static bool HasVariants(string cell, ListWords words) =>
        VariantListParser.FindListStart(InlineSyntax.SplitTrailingMarkers(cell).Text) >= 0
        || (InlineSyntax.WholeLink(InlineSyntax.SplitTrailingMarkers(cell).Text) is { } link && words.LeadingSupportMark(link.Text) is { } mark && mark.Spelling == link.Text);

    /// <summary>The list bolds long contexts; the smallest bold length in a section is where "long" starts there.</summary>
    private static int? LongContextFrom(MarkdownTable table, IReadOnlyList<string> fields)
    {
        var column = IndexOf(fields, "context_length");
        if (column < 0)
        {
            return null;
        }

        var bold = table.Rows
            .Where(row => row.Cells.Count > column)
            .SelectMany(row => BoldNumber.Matches(row.Cells[column]).Cast<Match>())
            .Select(match => int.Parse(match.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        return bold.Count == 0 ? null : bold.Min();
    }

    private static int IndexOf(IReadOnlyList<string> fields, string field)
    {
        for (var index = 0; index < fields.Count; index++)
        {
            if (fields[index] == field)
            {
                return index;
            }
        }

        return -1;
    }
}
