using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// What one catalog file yields: its entries (none when the file could not be read) and the problems
/// found on the way. Every file ends up as entries, diagnostics, or both; nothing is dropped silently.
/// </summary>
/// <param name="Locations">Where each entry is written, in the order of <paramref name="Entries"/>: kept beside the entries, so that they hold only data.</param>
public sealed record ParsedFile(string Path, EquatableArray<CatalogEntry> Entries, EquatableArray<CatalogDiagnostic> Diagnostics, EquatableArray<EntryLocations> Locations)
{
    /// <summary>Where entry <paramref name="index"/> is written.</summary>
    public EntryLocations LocationsOf(int index) => Locations[index];
}
