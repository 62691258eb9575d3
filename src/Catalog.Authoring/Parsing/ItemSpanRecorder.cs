using System;
using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Collects, while one entry is read, where the items the reader keeps are written: one recorder per entry, shared
/// by the readers of its nested mappings, turned into the entry's <see cref="EntryLocations"/> at the end. Most
/// registry entries record nothing and a record some fifteen items, so the list is taken on the first item from a
/// spare one per thread and given back when the entry is done: a parse of 10,000 records otherwise allocates
/// 10,000 lists that are garbage at once.
/// </summary>
internal sealed class ItemSpanRecorder
{
    [ThreadStatic]
    private static List<EntryLocations.ListItem>? spare;

    private List<EntryLocations.ListItem>? items;

    public void Add(string key, SourceSpan span)
    {
        if (items is null)
        {
            // Two recorders of one thread at a time (a registry and its entry) each get a list of their own.
            items = spare ?? new List<EntryLocations.ListItem>(16);
            spare = null;
        }

        items.Add(new EntryLocations.ListItem(key, span));
    }

    /// <summary>What was recorded; the recorder is then empty again.</summary>
    public EntryLocations.ListItem[] TakeAll()
    {
        if (items is null)
        {
            return Array.Empty<EntryLocations.ListItem>();
        }

        var all = items.ToArray();
        items.Clear();
        spare = items;
        items = null;
        return all;
    }
}
