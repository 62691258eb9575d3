using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace JapaneseLlm.Catalog.Cli.Sync;

/// <summary>
/// Merges a record file as the list now has it into the record file the catalog has. The keys the list owns
/// (<see cref="ListOwnership"/>) take the list's text, or go when the list no longer has them; every other key —
/// a data set, a base model, a suppression someone added by hand — keeps its text, comments included. A structure the
/// importer derives from a cell (<see cref="ListOwnership.DerivedFrom"/>) takes the list's reading when that cell
/// changed or the record has none yet, and otherwise keeps the catalog's, hand corrections included. The position
/// a record had in its table (<c>order</c>) is kept, so a row added above it changes no other record.
/// </summary>
internal static class RecordFileMerge
{
    public static (string Text, IReadOnlyList<string> ChangedKeys) Merge(string path, string existing, string imported, ISet<string> listOwned)
    {
        var mine = TopLevelEntries.Read(path, existing);
        var theirs = TopLevelEntries.Read(path, imported);
        if (mine is null || theirs is null)
        {
            // A file the reader cannot split is left for the checker to report, never overwritten.
            return (existing, System.Array.Empty<string>());
        }

        var changed = new List<string>();
        var text = new StringBuilder(mine.Header);
        bool Follows(string key) =>
            listOwned.Contains(key)
            || (ListOwnership.DerivedFrom.TryGetValue(key, out var cell) && listOwned.Contains(cell) && Normalize(mine.Find(cell) ?? "") != Normalize(theirs.Find(cell) ?? ""));

        foreach (var (key, entry) in mine.Entries)
        {
            if (!Follows(key))
            {
                text.Append(entry);
                continue;
            }

            var update = theirs.Find(key);
            if (update is null)
            {
                changed.Add(key);
                continue;
            }

            if (Normalize(update) != Normalize(entry))
            {
                changed.Add(key);
            }

            text.Append(Normalize(update) == Normalize(entry) ? entry : WithEnding(update, entry));
        }

        foreach (var (key, entry) in theirs.Entries.Where(entry => (listOwned.Contains(entry.Key) || ListOwnership.DerivedFrom.ContainsKey(entry.Key)) && mine.Find(entry.Key) is null))
        {
            changed.Add(key);
            text.Append(entry);
        }

        return (text.ToString(), changed);
    }

    private static string Normalize(string entry) => entry.TrimEnd();

    /// <summary>The new text with the old entry's trailing blank lines and comments kept out: only the value changes.</summary>
    private static string WithEnding(string update, string previous) =>
        update.EndsWith("\n", System.StringComparison.Ordinal) || !previous.EndsWith("\n", System.StringComparison.Ordinal) ? update : update + "\n";
}
