using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Cli.Sync;

/// <summary>
/// Merges a registry as the list now implies it into the catalog's: entries whose id the catalog lacks are added
/// at the end of its list, as the importer wrote them; the catalog's entries stay as they are, since what a
/// registry entry says beyond its id (names in three languages, spellings, licenses' terms) is the catalog's own.
/// </summary>
internal static class RegistryFileMerge
{
    public static (string Text, IReadOnlyList<string> AddedIds) Merge(string path, string existing, string imported)
    {
        var known = Items(path, existing).Select(item => item.Id).ToHashSet(System.StringComparer.Ordinal);
        var added = Items(path, imported).Where(item => !known.Contains(item.Id)).ToList();
        if (added.Count == 0)
        {
            return (existing, System.Array.Empty<string>());
        }

        var text = existing.EndsWith("\n", System.StringComparison.Ordinal) ? existing : existing + "\n";
        return (text + string.Concat(added.Select(item => item.Text)), added.Select(item => item.Id).ToList());
    }

    /// <summary>The entries of the file's list with their ids and their text, from the line of their dash to the next.</summary>
    private static List<(string Id, string Text)> Items(string path, string text)
    {
        var mapping = YamlTreeReader.Read(path, text, new List<CatalogDiagnostic>());
        var list = mapping?.Entries.Select(entry => entry.Value).OfType<YamlSequence>().FirstOrDefault();
        var items = new List<(string Id, string Text)>();
        if (list is null)
        {
            return items;
        }

        for (var index = 0; index < list.Items.Count; index++)
        {
            var start = LineStart(text, list.Items[index].Span.Offset);
            var end = index + 1 < list.Items.Count ? LineStart(text, list.Items[index + 1].Span.Offset) : LineEnd(text, list.Items[index].Span.Offset + list.Items[index].Span.Length);
            var id = (list.Items[index] as YamlMapping)?.Entries.FirstOrDefault(entry => entry.Key.Value == "id")?.Value as YamlScalar;
            if (id is not null)
            {
                items.Add((id.Value, text.Substring(start, end - start)));
            }
        }

        return items;
    }

    private static int LineStart(string text, int offset) => text.LastIndexOf('\n', System.Math.Max(0, offset - 1)) + 1;

    private static int LineEnd(string text, int offset)
    {
        var end = text.IndexOf('\n', System.Math.Min(offset, text.Length));
        return end < 0 ? text.Length : end + 1;
    }
}
