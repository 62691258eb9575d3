using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Reads registry files (<c>kind: licenses</c> with a <c>licenses:</c> list, …). Each entry is read on
/// its own: a broken entry is skipped with its diagnostics and the rest of the registry still loads.
/// </summary>
internal static class RegistryReader
{
    public static IEnumerable<LocatedEntry> Read(string kind, MappingReader registry)
    {
        var schema = RegistryEntries(kind);
        var entries = new List<LocatedEntry>();
        foreach (var mapping in registry.Mappings(kind, required: true))
        {
            var reader = registry.Entry(mapping, schema.Name, schema.Keys);
            var empty = (CatalogEntry)schema.Make!.Empty() with { Path = registry.Path };
            if (SchemaReader.ReadEntry(reader, schema, empty) is { } entry && !reader.Failed)
            {
                entries.Add(new LocatedEntry(entry, reader.Locations()));
            }
        }

        registry.ReportUnknownKeys();
        return entries;
    }

    private static SchemaObject RegistryEntries(string kind)
    {
        foreach (var file in CatalogSchema.Files)
        {
            if (file.Kind == kind && file.Entries is { } entries)
            {
                return entries;
            }
        }

        throw new System.ArgumentException($"'{kind}' is not a registry kind.", nameof(kind));
    }
}
