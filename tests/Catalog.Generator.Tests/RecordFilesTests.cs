using System.Collections.Immutable;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Generator.Specs;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

public sealed class RecordFilesTests
{
    [Theory]
    [InlineData(0, 64)]
    [InlineData(64 * RecordFiles.RecordsPerFile, 64)]
    [InlineData((64 * RecordFiles.RecordsPerFile) + 1, 128)]
    [InlineData(10_000, 256)]
    [InlineData(100_000, 2048)]
    public void The_files_double_as_the_records_outgrow_them(int records, int files) =>
        Assert.Equal(files, RecordFiles.FileCount(records, RecordFiles.MinimumModelFiles));

    [Fact]
    public void A_large_catalog_spreads_each_record_once_over_more_files_by_its_ids_hash()
    {
        const int models = 10_000;
        var files = Enumerable.Range(0, models)
            .Select(number => Single(new ModelRecord($"model-{number}", $"models/model-{number}.yaml")))
            .ToImmutableArray();

        var groups = RecordGroups.Of(files).Models;

        var fileCount = RecordFiles.FileCount(models, RecordFiles.MinimumModelFiles);
        Assert.True(groups.Count > RecordFiles.MinimumModelFiles, $"{groups.Count} files");
        Assert.Equal(groups.Count, groups.Select(group => group.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(models, groups.Sum(group => group.Records.Count));
        Assert.Equal(models, groups.SelectMany(group => group.Records).Select(record => record.Id).Distinct().Count());
        Assert.All(groups, group => Assert.All(group.Records, record =>
            Assert.Equal($"Models.{RecordFiles.StableHash(record.Id) % fileCount:D2}.g.cs", group.HintName)));

        // A file holds a few records, not a share of the catalog: a keystroke re-emits one file.
        Assert.True(groups.Max(group => group.Records.Count) <= 2 * RecordFiles.RecordsPerFile, $"{groups.Max(group => group.Records.Count)} records in one file");
    }

    private static FileRecords Single(ModelRecord model) =>
        FileRecords.Empty with { Models = new EquatableArray<HashedRecord<ModelRecord>>([HashedRecord.Of(model)]) };
}
