using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// What one catalog file yields: its entries (none when the file could not be read) and the problems
/// found on the way. Every file ends up as entries, diagnostics, or both; nothing is dropped silently.
/// </summary>
public sealed record ParsedFile(string Path, EquatableArray<CatalogEntry> Entries, EquatableArray<CatalogDiagnostic> Diagnostics);
