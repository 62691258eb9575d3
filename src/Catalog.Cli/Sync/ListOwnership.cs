using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Sync;

/// <summary>
/// Which keys of a record the list owns: those of its section's columns (and their as-written <c>_text</c> forms),
/// and what the importer reads from those cells (variants, links, footnotes, sizes, undisclosed facts, the
/// announcement date). Every other key is the catalog's own — anything the list has no column for — and sync
/// never overwrites it.
/// </summary>
internal static class ListOwnership
{
    private static readonly string[] FromCells =
    [
        "id", "section", "name", "url", "localized_url", "variants", "footnotes", "parameters", "active_parameters", "undisclosed", "announced",
        "anchor", "published", "venue", "title",
    ];

    public static ISet<string> KeysOf(SectionEntry? section)
    {
        var keys = new HashSet<string>(FromCells, System.StringComparer.Ordinal);
        foreach (var column in section?.Columns.AsEnumerable() ?? Enumerable.Empty<SectionColumn>())
        {
            keys.Add(column.Field == SectionColumn.OtherField ? "other_columns" : column.Field);
            keys.Add(column.Field + "_text");
            if (column.Field == "base_model")
            {
                // The references are read from the base-model cell, so they follow it.
                keys.Add("base_models");
            }
        }

        keys.Add("name_text");
        return keys;
    }
}
