using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Collects, while one entry is read, where the items the reader keeps are written: one recorder per entry, shared
/// by the readers of its nested mappings, turned into the entry's <see cref="EntryLocations"/> at the end.
/// </summary>
internal sealed class ItemSpanRecorder
{
    private readonly List<EntryLocations.ItemSpans> lists = new();

    public void Add(string key, SourceSpan span)
    {
        foreach (var list in lists)
        {
            if (list.Key == key)
            {
                list.Spans.Add(span);
                return;
            }
        }

        var added = new EntryLocations.ItemSpans(key);
        added.Spans.Add(span);
        lists.Add(added);
    }

    public EntryLocations.ItemSpans[] ToArray() => lists.ToArray();
}
