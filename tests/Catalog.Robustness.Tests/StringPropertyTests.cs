using CsCheck;
using JapaneseLlm.Catalog.Robustness.Support;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// Random catalogs of hostile texts: generation never throws, the output compiles without warnings, and every
/// text reads back from the compiled catalog exactly as written. Many records per compilation, because a
/// compilation costs about a second. A failure prints CsCheck's seed; set CsCheck_Seed to replay it.
/// </summary>
public sealed class StringPropertyTests(ITestOutputHelper output)
{
    private const int Catalogs = 4;
    private const int ModelsPerCatalog = 40;

    [Fact]
    public void Random_hostile_texts_compile_and_reach_the_runtime_unchanged()
    {
        var compared = 0;
        RandomCatalog.Gen(ModelsPerCatalog).Sample(
            catalog =>
            {
                var files = catalog.ToFiles();
                var build = CatalogBuild.Of(files);
                Assert.Empty(build.Crashes);
                Assert.Empty(build.CompilerDiagnostics);
                Assert.DoesNotContain(build.CatalogDiagnostics, diagnostic => Expectations.Covers(diagnostic.Id));
                var compiled = CompiledCatalog.Load(build.Generator.Output);
                Interlocked.Add(ref compared, catalog.AssertRoundTrip(compiled));
                RecordAccounting.AssertNoRecordIsLost([.. files.Cast<CorpusText>()], build, compiled);
            },
            iter: Catalogs,
            threads: 1);
        output.WriteLine($"{Catalogs} catalogs of {ModelsPerCatalog} models: {compared} string values compared after compilation");
    }
}
