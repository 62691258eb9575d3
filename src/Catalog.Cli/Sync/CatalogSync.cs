using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Import;
using JapaneseLlm.Catalog.Cli.Yaml;

namespace JapaneseLlm.Catalog.Cli.Sync;

/// <summary>What a sync changes: the files to write, and the review of it.</summary>
internal sealed record SyncPlan(
    IReadOnlyDictionary<string, string> Writes,
    IReadOnlyList<string> NewRecords,
    IReadOnlyList<(string Path, IReadOnlyList<string> Keys)> ChangedRecords,
    IReadOnlyList<string> GoneRecords,
    IReadOnlyList<(string Path, IReadOnlyList<string> Ids)> RegistryAdditions)
{
    /// <summary>Gone records this sync marks withdrawn (with <c>--withdraw-gone</c>); they are in <see cref="GoneRecords"/> too.</summary>
    public IReadOnlyList<string> Withdrawn { get; init; } = [];

    /// <summary>Sections whose table columns changed in the list (a column added, renamed or dropped), by id.</summary>
    public IReadOnlyList<string> ChangedLayouts { get; init; } = [];

    /// <summary>Records marked withdrawn that the list has again: a maintainer decides whether they came back.</summary>
    public IReadOnlyList<string> BackInTheList { get; init; } = [];

    public bool IsBehind => Writes.Count > 0;
}

/// <summary>
/// Brings a catalog up to a newer version of the list without losing what the catalog knows beyond it: rows new to
/// the catalog become records; changed cells update the keys the list owns; the catalog's own keys are never
/// overwritten; rows gone from the list are reported and kept, and marked withdrawn when asked (never deleted, so
/// consumers' code that names them still builds, with a warning). A record already marked withdrawn is not reported
/// as gone again. Syncing twice changes nothing the second time.
/// </summary>
internal static class CatalogSync
{
    private static readonly string[] RecordFolders = ["models/", "benchmarks/", "papers/"];
    private static readonly string SectionsRegistry = CatalogLayout.RegistryPath("sections");

    /// <param name="withdrawGoneOn">The date to mark gone model records withdrawn on; null reports them only.</param>
    public static SyncPlan Plan(ImportResult imported, IReadOnlyDictionary<string, string> existing, System.DateTime? withdrawGoneOn = null)
    {
        var importedFiles = CatalogFileSet.From(imported.Catalog);
        var sections = imported.Catalog.Sections.ToDictionary(section => section.Id, System.StringComparer.Ordinal);
        var sectionOf = imported.Catalog.Models.Select(model => (Path: CatalogLayout.ModelPath(model.Section, model.Id), model.Section))
            .Concat(imported.Catalog.Benchmarks.Select(benchmark => (Path: CatalogLayout.BenchmarkPath(benchmark.Section, benchmark.Id), benchmark.Section)))
            .Concat(imported.Catalog.Papers.Select(paper => (Path: CatalogLayout.PaperPath(paper.Section, paper.Id), paper.Section)))
            .ToDictionary(pair => pair.Path, pair => pair.Section, System.StringComparer.Ordinal);

        var writes = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        var added = new List<string>();
        var changed = new List<(string, IReadOnlyList<string>)>();
        var registries = new List<(string, IReadOnlyList<string>)>();
        var layouts = new List<string>();
        foreach (var (path, text) in importedFiles)
        {
            if (!existing.TryGetValue(path, out var current))
            {
                writes[path] = text;
                if (IsRecord(path))
                {
                    added.Add(path);
                }

                continue;
            }

            if (IsRecord(path))
            {
                sections.TryGetValue(sectionOf[path], out var section);
                var (merged, keys) = RecordFileMerge.Merge(path, current, text, ListOwnership.KeysOf(section));
                if (merged != current)
                {
                    writes[path] = merged;
                    changed.Add((path, keys));
                }
            }
            else
            {
                var (merged, ids) = RegistryFileMerge.Merge(path, current, text);
                if (ids.Count > 0)
                {
                    registries.Add((path, ids));
                }

                if (path == SectionsRegistry)
                {
                    (merged, var changedLayouts) = RegistryFileMerge.MergeColumns(path, merged, text);
                    layouts.AddRange(changedLayouts);
                }

                if (merged != current)
                {
                    writes[path] = merged;
                }
            }
        }

        var gone = existing.Keys
            .Where(path => IsRecord(path) && !importedFiles.ContainsKey(path) && !GoneRecordWithdrawal.IsWithdrawn(path, existing[path]))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .ToList();
        var withdrawn = new List<string>();
        if (withdrawGoneOn is { } date)
        {
            foreach (var path in gone.Where(path => path.StartsWith("models/", System.StringComparison.Ordinal)))
            {
                if (GoneRecordWithdrawal.MarkWithdrawn(path, existing[path], date) is { } marked)
                {
                    writes[path] = marked;
                    withdrawn.Add(path);
                }
            }
        }

        var back = importedFiles.Keys
            .Where(path => existing.TryGetValue(path, out var current) && GoneRecordWithdrawal.IsWithdrawn(path, current))
            .ToList();
        return new SyncPlan(writes, added, changed, gone, registries) { Withdrawn = withdrawn, BackInTheList = back, ChangedLayouts = layouts };
    }

    private static bool IsRecord(string path) => RecordFolders.Any(folder => path.StartsWith(folder, System.StringComparison.Ordinal));
}
