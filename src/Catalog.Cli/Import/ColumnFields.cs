using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Lookup;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Which record field each column shows, known by its header in any of the list's languages. The spellings are
/// data: the column headers of the sections registry (<see cref="ImportKnowledge"/>), so a maintainer teaches the
/// importer a header by adding the column to a section. A header that two fields share
/// is no evidence and is left out. A column the catalog has no field for (<c>field: other</c>) is known by its key,
/// as <see cref="SectionColumn.Shows"/> names it.
/// </summary>
internal sealed class ColumnFields
{
    /// <summary>The papers tables have no header text; their columns are fixed.</summary>
    public static readonly IReadOnlyList<string> PaperFields = new[] { "name", "published", "venue", "title" };

    private readonly Dictionary<string, string?> byHeader = new(System.StringComparer.Ordinal);

    public ColumnFields(IEnumerable<SectionEntry> sections)
    {
        foreach (var column in sections.Where(section => section.RecordKind != "paper").SelectMany(section => section.Columns))
        {
            foreach (var header in new[] { column.Header.Japanese, column.Header.English, column.Header.French }.Where(header => header is not null).Distinct())
            {
                var key = Key(header!);
                byHeader[key] = byHeader.TryGetValue(key, out var known) && known != column.Shows ? null : column.Shows;
            }
        }
    }

    /// <summary>What a column shows (<see cref="SectionColumn.Shows"/>), by its English header, else by its Japanese or French one.</summary>
    public string? FieldFor(PerLanguage<string> headers)
    {
        foreach (var header in new[] { headers.En, headers.Ja, headers.Fr })
        {
            if (byHeader.TryGetValue(Key(header), out var field) && field is not null)
            {
                return field;
            }
        }

        return null;
    }

    private static string Key(string header) => LookupText.Normalize(InlineSyntax.PlainText(header));
}
