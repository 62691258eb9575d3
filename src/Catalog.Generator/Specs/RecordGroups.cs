using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>The records of one kind that share a generated file, as parsed: the index has not yet said which compile, nor where.</summary>
internal sealed record RecordGroup<TRecord>(string HintName, EquatableArray<TRecord> Records)
    where TRecord : IEquatable<TRecord>;

/// <summary>The generated files of each kind, with the records that go to each.</summary>
internal sealed record RecordGroups(
    EquatableArray<RecordGroup<ModelRecord>> Models,
    EquatableArray<RecordGroup<BenchmarkRecord>> Benchmarks,
    EquatableArray<RecordGroup<PaperRecord>> Papers)
{
    /// <summary>One pass over the files for the three kinds: this step runs on every keystroke over the whole catalog.</summary>
    public static RecordGroups Of(ImmutableArray<FileRecords> files)
    {
        var (models, benchmarks, papers) = (new List<HashedRecord<ModelRecord>>(files.Length), new List<HashedRecord<BenchmarkRecord>>(), new List<HashedRecord<PaperRecord>>());
        foreach (var file in files)
        {
            AddTo(models, file.Models);
            AddTo(benchmarks, file.Benchmarks);
            AddTo(papers, file.Papers);
        }

        return new RecordGroups(
            RecordFiles.Group("Models", RecordFiles.MinimumModelFiles, models),
            RecordFiles.Group("Benchmarks", RecordFiles.MinimumBenchmarkFiles, benchmarks),
            RecordFiles.Group("Papers", RecordFiles.MinimumPaperFiles, papers));
    }

    /// <summary>With the struct enumerator: <c>AddRange</c> would box one per file.</summary>
    private static void AddTo<T>(List<T> list, EquatableArray<T> items)
        where T : IEquatable<T>
    {
        foreach (var item in items)
        {
            list.Add(item);
        }
    }
}
