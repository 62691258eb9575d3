using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace JapaneseLlm.Catalog.Performance.Report;

/// <summary>
/// One short job for every benchmark: in-process (no per-benchmark project build, so the suite fits in
/// minutes on two cores), 3 warm-up and 15 measured iterations of at least 200 ms each. The machine is
/// noisy, so the report quotes medians, never means.
/// </summary>
public sealed class SuiteConfig : ManualConfig
{
    public SuiteConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithIterationTime(TimeInterval.FromMilliseconds(200))
            .WithId("Suite"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddColumn(StatisticColumn.Median);
        AddLogger(ConsoleLogger.Default);
        AddExporter(MarkdownExporter.GitHub);
        ArtifactsPath = Path.Combine(Infrastructure.RepositoryPaths.Root, "artifacts", "bench", "BenchmarkDotNet.Artifacts");
    }
}
