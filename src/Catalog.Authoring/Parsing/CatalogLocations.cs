using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Where each entry of some parsed files is written, found by the entry object the parse made: the side table the
/// validator and the content rules locate their findings with. By reference, since two entries may be equal.
/// </summary>
public sealed class CatalogLocations
{
    /// <summary>No entry's locations: every entry is placed at <see cref="EntryLocations.None"/>.</summary>
    public static readonly CatalogLocations Empty = new(Array.Empty<ParsedFile>());

    private readonly Dictionary<CatalogEntry, EntryLocations> byEntry = new(ReferenceComparer.Instance);

    public CatalogLocations(IEnumerable<ParsedFile> files)
    {
        foreach (var file in files)
        {
            for (var index = 0; index < file.Entries.Count; index++)
            {
                byEntry[file.Entries[index]] = file.LocationsOf(index);
            }
        }
    }

    /// <summary>Where <paramref name="entry"/> is written; <see cref="EntryLocations.None"/> for an entry of none of the files.</summary>
    public EntryLocations Of(CatalogEntry entry) => byEntry.TryGetValue(entry, out var locations) ? locations : EntryLocations.None;

    private sealed class ReferenceComparer : IEqualityComparer<CatalogEntry>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(CatalogEntry? left, CatalogEntry? right) => ReferenceEquals(left, right);

        public int GetHashCode(CatalogEntry entry) => RuntimeHelpers.GetHashCode(entry);
    }
}
