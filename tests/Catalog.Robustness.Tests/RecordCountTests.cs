using JapaneseLlm.Catalog.Robustness.Support;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>Every record of a catalog folder is compiled or diagnosed; none disappears silently.</summary>
public sealed class RecordCountTests(ITestOutputHelper output)
{
    [Fact]
    public void No_record_of_the_hostile_corpus_is_lost()
    {
        var tally = RecordAccounting.AssertNoRecordIsLost(HostileCorpus.All, CorpusBuild.Value, CompiledCatalog.Load(CorpusBuild.Value.Generator.Output));
        output.WriteLine($"hostile corpus: {tally}");
    }

    [Fact]
    public void No_record_of_the_sample_catalog_is_lost()
    {
        var files = CatalogFolder(Path.Combine(AppContext.BaseDirectory, "Catalogs", "Sample"), "/sample/");
        var build = CatalogBuild.Of(files);
        var tally = RecordAccounting.AssertNoRecordIsLost(files, build, CompiledCatalog.Load(build.Generator.Output));
        output.WriteLine($"sample catalog: {tally}");
        Assert.Equal(tally.Records, tally.Compiled + tally.KeptForTheTools);
    }

    /// <summary>
    /// The real catalog, as committed: whatever it holds when the test runs, each record compiles or is diagnosed.
    /// Same files as src/Catalog's AdditionalFiles: catalog/**/*.yaml except catalog/schema.
    /// </summary>
    [Fact]
    public void No_record_of_the_real_catalog_is_lost()
    {
        var folder = RepositoryPaths.Combine("catalog");
        var files = CatalogFolder(folder, "/catalog/")
            .Where(file => !file.Path.StartsWith("/catalog/schema/", StringComparison.Ordinal))
            .ToList();
        var build = CatalogBuild.Of(files);
        Assert.Empty(build.Crashes);
        var tally = RecordAccounting.AssertNoRecordIsLost(files, build, CompiledCatalog.Load(build.Generator.Output));
        output.WriteLine($"catalog/: {tally}");
    }

    private static List<CorpusText> CatalogFolder(string folder, string prefix) =>
        Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new CorpusText(prefix + relative, File.ReadAllBytes(Path.Combine(folder, relative))))
            .ToList();
}
