using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Lookup;

/// <summary>
/// Finds entries of one kind by the other names people hold for them (display names in any language, SPDX ids,
/// Hugging Face tags), compared in <see cref="LookupText.Normalize"/> form, and suggests the nearest ids when
/// nothing matches. Built on the first look-up that the id table cannot answer, so a look-up by id stays a
/// dictionary hit. A name that two entries share finds neither: the caller is told the candidates instead.
/// </summary>
internal sealed class NameIndex<T>
    where T : class
{
    private readonly IReadOnlyList<T> entries;
    private readonly Func<T, string> id;
    private readonly Func<T, IEnumerable<string?>> names;
    private readonly Dictionary<string, T?> byName;

    public NameIndex(IReadOnlyList<T> entries, Func<T, string> id, Func<T, IEnumerable<string?>> names)
    {
        this.entries = entries;
        this.id = id;
        this.names = names;
        byName = new Dictionary<string, T?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in Keys(entry))
            {
                var normalized = LookupText.Normalize(key);
                if (normalized.Length == 0 || !seen.Add(normalized))
                {
                    continue;
                }

                // null marks a name shared by two entries.
                byName[normalized] = byName.ContainsKey(normalized) ? null : entry;
            }
        }
    }

    public T? Find(string text) =>
        byName.TryGetValue(LookupText.Normalize(text), out var entry) ? entry : null;

    public IReadOnlyList<string> Suggest(string text, int max)
    {
        var candidates = new List<KeyValuePair<string, IEnumerable<string>>>(entries.Count);
        foreach (var entry in entries)
        {
            candidates.Add(new KeyValuePair<string, IEnumerable<string>>(id(entry), Keys(entry)));
        }

        return LookupText.Nearest(text, candidates, max);
    }

    private IEnumerable<string> Keys(T entry)
    {
        yield return id(entry);
        foreach (var name in names(entry))
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                yield return name!;
            }
        }
    }
}
