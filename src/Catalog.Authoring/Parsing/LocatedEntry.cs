using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>An entry as a reader made it, with where it is written; the parse keeps the two apart (<see cref="ParsedFile"/>).</summary>
internal readonly record struct LocatedEntry(CatalogEntry Entry, EntryLocations Locations);
