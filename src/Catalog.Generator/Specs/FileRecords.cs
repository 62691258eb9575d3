using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>
/// The records of one catalog file that become code, each with the hash that picks its generated file. Built per file
/// from the parse alone, so a keystroke builds one file's; nothing per file depends on the catalog-wide index (a
/// combine of every file with it costs a table of every file on each run, and Roslyn's step tracking walks the
/// collected index once per file).
/// </summary>
internal sealed record FileRecords(EquatableArray<HashedRecord<ModelRecord>> Models, EquatableArray<HashedRecord<BenchmarkRecord>> Benchmarks, EquatableArray<HashedRecord<PaperRecord>> Papers)
{
    public static readonly FileRecords Empty = new(EquatableArray<HashedRecord<ModelRecord>>.Empty, EquatableArray<HashedRecord<BenchmarkRecord>>.Empty, EquatableArray<HashedRecord<PaperRecord>>.Empty);

    public static FileRecords Of(ParsedFile file)
    {
        List<HashedRecord<ModelRecord>>? models = null;
        List<HashedRecord<BenchmarkRecord>>? benchmarks = null;
        List<HashedRecord<PaperRecord>>? papers = null;
        foreach (var entry in file.Entries)
        {
            switch (entry)
            {
                case ModelRecord model:
                    (models ??= new()).Add(HashedRecord.Of(model));
                    break;
                case BenchmarkRecord benchmark:
                    (benchmarks ??= new()).Add(HashedRecord.Of(benchmark));
                    break;
                case PaperRecord paper:
                    (papers ??= new()).Add(HashedRecord.Of(paper));
                    break;
            }
        }

        return models is null && benchmarks is null && papers is null
            ? Empty
            : new FileRecords(ToArray(models), ToArray(benchmarks), ToArray(papers));
    }

    private static EquatableArray<T> ToArray<T>(List<T>? items)
        where T : System.IEquatable<T> =>
        items is null ? EquatableArray<T>.Empty : items.ToEquatableArray();
}

/// <summary>A record with the stable hash of its id, computed once per parse rather than on every keystroke's grouping.</summary>
internal sealed record HashedRecord<T>(uint IdHash, T Record)
    where T : CatalogEntry, System.IEquatable<T>;

internal static class HashedRecord
{
    public static HashedRecord<T> Of<T>(T record)
        where T : CatalogEntry, System.IEquatable<T> => new(RecordFiles.StableHash(record.Id), record);
}
