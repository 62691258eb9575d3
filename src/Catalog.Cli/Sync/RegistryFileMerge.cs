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

    /// <summary>
    /// The sections registry's table layouts follow the list: where a section the catalog has shows other columns in
    /// the list now (a column added, renamed or dropped), its <c>columns</c> take the list's. Headings, prose and
    /// everything else of the section stay the catalog's.
    /// </summary>
    public static (string Text, IReadOnlyList<string> ChangedIds) MergeColumns(string path, string existing, string imported)
    {
        var theirs = Items(path, imported).ToDictionary(item => item.Id, item => ColumnsText(imported, item.Node, item.End), System.StringComparer.Ordinal);
        var changed = new List<string>();
        var text = existing;
        foreach (var item in Items(path, existing).AsEnumerable().Reverse())
        {
            if (ColumnsSpan(existing, item.Node, item.End) is not { } span || !theirs.TryGetValue(item.Id, out var update) || update is null)
            {
                continue;
            }

            var current = existing.Substring(span.Start, span.End - span.Start);
            if (current.TrimEnd() != update.TrimEnd())
            {
                text = text.Substring(0, span.Start) + update + text.Substring(span.End);
                changed.Add(item.Id);
            }
        }

        changed.Reverse();
        return (text, changed);
    }

    private static string? ColumnsText(string text, YamlMapping? item, int itemEnd) =>
        ColumnsSpan(text, item, itemEnd) is { } span ? text.Substring(span.Start, span.End - span.Start) : null;

    /// <summary>The lines of an entry's <c>columns</c> key, from its line to the next key's line or the entry's end.</summary>
    private static (int Start, int End)? ColumnsSpan(string text, YamlMapping? item, int itemEnd)
    {
        var entries = item?.Entries ?? new List<YamlEntry>();
        for (var index = 0; index < entries.Count; index++)
        {
            if (entries[index].Key.Value == "columns")
            {
                var start = LineStart(text, entries[index].Key.Span.Offset);
                var end = index + 1 < entries.Count ? LineStart(text, entries[index + 1].Key.Span.Offset) : itemEnd;
                return (start, end);
            }
        }

        return null;
    }

    /// <summary>The entries of the file's list with their ids and their text, from the line of their dash to the next.</summary>
    private static List<(string Id, string Text, YamlMapping? Node, int End)> Items(string path, string text)
    {
        var mapping = YamlTreeReader.Read(path, text, new List<CatalogDiagnostic>());
        var list = mapping?.Entries.Select(entry => entry.Value).OfType<YamlSequence>().FirstOrDefault();
        var items = new List<(string Id, string Text, YamlMapping? Node, int End)>();
        if (list is null)
        {
            return items;
        }

        for (var index = 0; index < list.Items.Count; index++)
        {
            var start = LineStart(text, list.Items[index].Span.Offset);
            // The list is a registry file's last key, so its last entry runs to the end of the file.
            var end = index + 1 < list.Items.Count ? LineStart(text, list.Items[index + 1].Span.Offset) : text.Length;
            var id = (list.Items[index] as YamlMapping)?.Entries.FirstOrDefault(entry => entry.Key.Value == "id")?.Value as YamlScalar;
            if (id is not null)
            {
                items.Add((id.Value, text.Substring(start, end - start), list.Items[index] as YamlMapping, end));
            }
        }

        return items;
    }

    private static int LineStart(string text, int offset) => text.LastIndexOf('\n', System.Math.Max(0, offset - 1)) + 1;
}
