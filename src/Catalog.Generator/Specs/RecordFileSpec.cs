using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>The records of one kind that share a generated file, in catalog order.</summary>
internal sealed record RecordFileSpec<TSpec>(string HintName, EquatableArray<TSpec> Records)
    where TSpec : IEquatable<TSpec>;

/// <summary>
/// Spreads records over a fixed number of files by a stable hash of their id. One file per record made
/// Roslyn's driver cost grow faster than the catalog (it checks each new file's name against every file
/// added before); a fixed number of files keeps that small at any size, and a one-record edit still
/// re-emits only the few records that share its file. Adding a record changes one file.
/// </summary>
internal static class RecordFiles
{
    public const int ModelFiles = 64;
    public const int BenchmarkFiles = 8;
    public const int PaperFiles = 16;

    public static EquatableArray<RecordFileSpec<TSpec>> Group<TSpec>(string kind, int fileCount, EquatableArray<TSpec> records, Func<TSpec, string> id)
        where TSpec : IEquatable<TSpec>
    {
        var files = new List<TSpec>?[fileCount];
        foreach (var record in records)
        {
            var file = (int)(StableHash(id(record)) % (uint)fileCount);
            (files[file] ??= new List<TSpec>()).Add(record);
        }

        var specs = new List<RecordFileSpec<TSpec>>();
        for (var file = 0; file < fileCount; file++)
        {
            if (files[file] is { } inFile)
            {
                specs.Add(new RecordFileSpec<TSpec>(HintName(kind, file), inFile.ToEquatableArray()));
            }
        }

        return specs.ToEquatableArray();
    }

    /// <summary>
    /// The specs of one kind from every file, in table order (each spec's index is its place): the order the files
    /// come in never shows in the output. Each index is taken once, should two additional files share a path.
    /// </summary>
    public static EquatableArray<TSpec> InTableOrder<TSpec>(ImmutableArray<FileSpec> files, Func<FileSpec, EquatableArray<TSpec>> ofFile, Func<TSpec, int> index)
        where TSpec : class, IEquatable<TSpec>
    {
        var slots = 0;
        foreach (var file in files)
        {
            foreach (var spec in ofFile(file))
            {
                slots = Math.Max(slots, index(spec) + 1);
            }
        }

        var ordered = new TSpec?[slots];
        var count = 0;
        foreach (var file in files)
        {
            foreach (var spec in ofFile(file))
            {
                if (ordered[index(spec)] is null)
                {
                    ordered[index(spec)] = spec;
                    count++;
                }
            }
        }

        if (count == slots)
        {
            return new EquatableArray<TSpec>(ordered!);
        }

        var taken = new List<TSpec>(count);
        foreach (var spec in ordered)
        {
            if (spec is not null)
            {
                taken.Add(spec);
            }
        }

        return taken.ToEquatableArray();
    }

    private static string HintName(string kind, int file) => $"{kind}.{file.ToString("D2", CultureInfo.InvariantCulture)}.g.cs";

    /// <summary>FNV-1a over the id's UTF-16 code units: the same file on every machine, run and culture.</summary>
    private static uint StableHash(string id)
    {
        var hash = 2166136261u;
        foreach (var character in id)
        {
            hash = unchecked((hash ^ character) * 16777619u);
        }

        return hash;
    }
}
