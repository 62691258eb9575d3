using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Cli.Sync;

/// <summary>
/// A catalog file cut at its top-level keys, read with the catalog's YAML reader: the text before the first key
/// (the schema modeline) and, per key, the text from the key to the next key, comments and all. Sync rewrites the
/// keys the list owns and copies every other key's text as it stands.
/// </summary>
internal sealed record TopLevelEntries(string Header, IReadOnlyList<(string Key, string Text)> Entries)
{
    public static TopLevelEntries? Read(string path, string text)
    {
        var mapping = YamlTreeReader.Read(path, text, new List<CatalogDiagnostic>());
        if (mapping is null || mapping.Entries.Count == 0)
        {
            return null;
        }

        // Comment lines right above a key belong to that key: they say something about it.
        var starts = new List<int> { mapping.Entries[0].Key.Span.Offset };
        for (var index = 1; index < mapping.Entries.Count; index++)
        {
            starts.Add(WithCommentsAbove(text, mapping.Entries[index].Key.Span.Offset));
        }

        var entries = new List<(string Key, string Text)>();
        for (var index = 0; index < mapping.Entries.Count; index++)
        {
            var end = index + 1 < starts.Count ? starts[index + 1] : text.Length;
            entries.Add((mapping.Entries[index].Key.Value, text.Substring(starts[index], end - starts[index])));
        }

        return new TopLevelEntries(text.Substring(0, starts[0]), entries);
    }

    private static int WithCommentsAbove(string text, int keyOffset)
    {
        var start = keyOffset;
        while (start > 1)
        {
            var previousLineStart = text.LastIndexOf('\n', start - 2) + 1;
            var line = text.Substring(previousLineStart, start - previousLineStart).Trim();
            if (!line.StartsWith("#", System.StringComparison.Ordinal))
            {
                break;
            }

            start = previousLineStart;
        }

        return start;
    }

    public string? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key == key)
            {
                return entry.Text;
            }
        }

        return null;
    }
}
