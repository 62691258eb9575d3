using System;
using System.Collections.Generic;
using System.Globalization;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>The records of one kind that share a generated file, in catalog order.</summary>
internal sealed record RecordFileSpec<TSpec>(string HintName, EquatableArray<TSpec> Records)
    where TSpec : IEquatable<TSpec>;

/// <summary>
/// Spreads records over generated files by a stable hash of their id. One file per record made Roslyn's driver cost
/// grow faster than the catalog (it checks each new file's name against every file added before); a few records per
/// file keep that small, and a one-record edit re-emits only the few records that share its file. The number of
/// files doubles as the catalog grows past <see cref="RecordsPerFile"/> records a file, so that a keystroke's
/// emission stays the size of a few records at any catalog size. Adding a record changes one file, except when it
/// crosses such a threshold, which spreads every record anew.
/// </summary>
internal static class RecordFiles
{
    public const int MinimumModelFiles = 64;
    public const int MinimumBenchmarkFiles = 8;
    public const int MinimumPaperFiles = 16;

    /// <summary>The average number of records per file above which the files double.</summary>
    public const int RecordsPerFile = 64;

    /// <summary>
    /// The files of one kind: the records in file order, grouped by the hash of their id. Reads each record's hash
    /// only (computed with the parse), as this step runs on every keystroke over the whole catalog.
    /// </summary>
    public static EquatableArray<RecordGroup<TRecord>> Group<TRecord>(string kind, int minimumFiles, List<HashedRecord<TRecord>> records)
        where TRecord : CatalogEntry, IEquatable<TRecord>
    {
        var fileCount = FileCount(records.Count, minimumFiles);
        var byFile = new List<TRecord>?[fileCount];
        foreach (var record in records)
        {
            (byFile[(int)(record.IdHash % (uint)fileCount)] ??= new List<TRecord>()).Add(record.Record);
        }

        var groups = new List<RecordGroup<TRecord>>();
        for (var file = 0; file < fileCount; file++)
        {
            if (byFile[file] is { } inFile)
            {
                groups.Add(new RecordGroup<TRecord>(HintName(kind, file), inFile.ToEquatableArray()));
            }
        }

        return groups.ToEquatableArray();
    }

    /// <summary>The smallest power-of-two multiple of <paramref name="minimumFiles"/> that holds <paramref name="records"/> at <see cref="RecordsPerFile"/> a file on average.</summary>
    public static int FileCount(int records, int minimumFiles)
    {
        var files = minimumFiles;
        while (records > (long)files * RecordsPerFile)
        {
            files *= 2;
        }

        return files;
    }

    /// <summary>
    /// The specs of a group's records that compile, in table order (each spec's index is its place), so the order the
    /// files come in never shows in the output; <see langword="null"/> when none compiles. Each index is taken once,
    /// by the first record in file order, should two additional files share a path.
    /// </summary>
    public static RecordFileSpec<TSpec>? InTableOrder<TRecord, TSpec>(RecordGroup<TRecord> group, EquatableArray<CompiledRecord> compiled, Func<TRecord, int, TSpec> build)
        where TRecord : CatalogEntry, IEquatable<TRecord>
        where TSpec : IEquatable<TSpec>
    {
        var placed = new List<(int Position, int Order)>(group.Records.Count);
        for (var order = 0; order < group.Records.Count; order++)
        {
            if (CatalogIndex.IndexOf(compiled, group.Records[order]) is var position and >= 0)
            {
                placed.Add((position, order));
            }
        }

        if (placed.Count == 0)
        {
            return null;
        }

        placed.Sort(static (left, right) => left.Position != right.Position ? left.Position.CompareTo(right.Position) : left.Order.CompareTo(right.Order));
        var specs = new List<TSpec>(placed.Count);
        for (var index = 0; index < placed.Count; index++)
        {
            if (index == 0 || placed[index].Position != placed[index - 1].Position)
            {
                specs.Add(build(group.Records[placed[index].Order], placed[index].Position));
            }
        }

        return new RecordFileSpec<TSpec>(group.HintName, specs.ToEquatableArray());
    }

    /// <summary>FNV-1a over the id's UTF-16 code units: the same file on every machine, run and culture.</summary>
    public static uint StableHash(string id)
    {
        var hash = 2166136261u;
        foreach (var character in id)
        {
            hash = unchecked((hash ^ character) * 16777619u);
        }

        return hash;
    }

    private static string HintName(string kind, int file) => $"{kind}.{file.ToString("D2", CultureInfo.InvariantCulture)}.g.cs";
}
