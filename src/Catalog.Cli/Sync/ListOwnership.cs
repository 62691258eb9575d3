using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Sync;

/// <summary>
/// Which keys of a record the list owns: those of its section's columns (and their as-written <c>_text</c> forms),
/// and what the importer reads from those cells (variants, the links inside texts, footnotes, sizes, undisclosed facts, the
/// announcement date). Every other key is the catalog's own — anything the list has no column for — and sync
/// never overwrites it. Between the two are the structures the importer derives from a cell (<see cref="DerivedFrom"/>):
/// they follow their cell when the list changes it, and otherwise keep what the catalog has, corrections included.
/// </summary>
internal static class ListOwnership
{
    /// <summary>
    /// Keys the importer derives from a cell, with the cell's key, as the schema description declares them
    /// (<see cref="SchemaProperty.DerivedFrom"/>): the base-model links, the training stages, data sets and added caveats.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> DerivedFrom = CatalogSchema.Files
        .SelectMany(file => file.Root.Properties)
        .Where(property => property.DerivedFrom is not null)
        .GroupBy(property => property.Key, System.StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().DerivedFrom!, System.StringComparer.Ordinal);

    private static readonly string[] FromCells =
    [
        "id", "section", "name", "url", "localized_url", "variants", "footnotes", "links", "parameters", "active_parameters", "undisclosed", "announced",
        "anchor", "published", "venue", "title",
    ];

    public static ISet<string> KeysOf(SectionEntry? section)
    {
        var keys = new HashSet<string>(FromCells, System.StringComparer.Ordinal);
        foreach (var column in section?.Columns.AsEnumerable() ?? Enumerable.Empty<SectionColumn>())
        {
            keys.Add(column.Field == SectionColumn.OtherField ? "other_columns" : column.Field);
            keys.Add(column.Field + "_text");
        }

        keys.Add("name_text");
        return keys;
    }
}
