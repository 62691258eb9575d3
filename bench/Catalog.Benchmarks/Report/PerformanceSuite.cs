using System.Text;
using BenchmarkDotNet.Running;
using JapaneseLlm.Catalog.Performance.Analyzers;
using JapaneseLlm.Catalog.Performance.Build;
using JapaneseLlm.Catalog.Performance.ColdStart;
using JapaneseLlm.Catalog.Performance.Generator;
using JapaneseLlm.Catalog.Performance.Infrastructure;
using JapaneseLlm.Catalog.Performance.LanguageServer;
using JapaneseLlm.Catalog.Performance.Runtime;
using JapaneseLlm.Catalog.Performance.Synthetic;

namespace JapaneseLlm.Catalog.Performance.Report;

/// <summary>
/// Runs every measure of issue 7 in one go and prints one table (also written to
/// artifacts/bench/report.md): BenchmarkDotNet in-process, then the fresh-process probes, the cold-start
/// launches, and the real builds in a snapshot of the repository.
/// </summary>
internal static class PerformanceSuite
{
    public static int Run(SuiteOptions options)
    {
        var artifacts = Directory.CreateDirectory(RepositoryPaths.Combine("artifacts", "bench")).FullName;
        var machine = MachineInfo.Describe();
        var catalog = CatalogFolder.ReadRealCatalog();

        Console.WriteLine("== Which steps a one-file YAML edit recomputes");
        var incrementality = IncrementalityCheck.Run(catalog);
        Console.WriteLine(incrementality.Describe());

        Console.WriteLine("== The same at 10,000 synthetic models (fewer runs: step tracking at 10,000 files is slow)");
        var tenThousand = SyntheticCatalog.Create(10_000);
        var incrementalityAtTenThousand = IncrementalityCheck.Run(tenThousand, runs: 20);
        Console.WriteLine(incrementalityAtTenThousand.Describe());

        // Processor time, every thread included: on a shared machine the wall clock measures the queue for a core.
        Console.WriteLine("== Generator cold run and YAML keystroke in processor time: real catalog, 1,000 and 10,000 models");
        ProcessorTimes[] processorTimes =
        [
            CpuTimeProbe.Measure("real catalog", catalog),
            CpuTimeProbe.Measure("1,000 models", SyntheticCatalog.Create(1_000)),
            CpuTimeProbe.Measure("10,000 models", tenThousand),
        ];
        foreach (var times in processorTimes)
        {
            Console.WriteLine(times);
        }

        Console.WriteLine("== BenchmarkDotNet: generator, analyzers, language server, warm look-ups");
        var benchmarks = new BenchmarkResults(BenchmarkRunner.Run(
            [typeof(RealCatalogGeneratorBenchmarks), typeof(SyntheticGeneratorBenchmarks), typeof(AnalyzerBenchmarks), typeof(LanguageServerBenchmarks), typeof(LookupBenchmarks)]));

        Console.WriteLine("== Generator and analyzer first runs in fresh processes");
        var firstRun = FirstRunProbe.Launch(options.FirstRunLaunches);

        Console.WriteLine("== Cold start: typed catalog and JSON baseline in fresh processes");
        var (modelId, repoId) = SampleIds.Middle();
        var coldStart = new ColdStartHarness(options.Launches).Run(ColdStartScenario.ForBothApps(modelId, repoId));

        BuildShareResult? build = null;
        PackageSizeResult? package = null;
        if (options.MeasureBuild)
        {
            Console.WriteLine("== dotnet build with -p:ReportAnalyzer=true, then dotnet pack, in a snapshot");
            try
            {
                build = new BuildShareMeasurement(Path.Combine(artifacts, "snapshot"), options.Builds).Run();
                package = PackageSize.Measure(build.SnapshotRoot);
            }
            catch (InvalidOperationException exception)
            {
                // Minutes of measurements are already in hand: print them, with the failure where its rows would be.
                Console.Error.WriteLine($"bench: the build measurement failed: {exception.Message}");
            }
        }

        var measured = new SuiteMeasurements(CatalogCensus.Of(catalog), benchmarks, incrementality, incrementalityAtTenThousand, processorTimes, firstRun, coldStart, build, package);
        var report = Render(machine, measured, modelId, repoId);
        File.WriteAllText(Path.Combine(artifacts, "report.md"), report);
        Console.WriteLine();
        Console.WriteLine(report);
        return 0;
    }

    private static string Render(IReadOnlyList<string> machine, SuiteMeasurements measured, string modelId, string repoId)
    {
        var report = new StringBuilder("# Catalog performance suite\n\n");
        foreach (var line in machine)
        {
            report.Append("- ").Append(line).Append('\n');
        }

        report.Append('\n').Append(MarkdownTable.Render(SuiteTable.Rows(measured))).Append('\n');
        report.Append("Keystroke file: ").Append(measured.Incrementality.EditedPath).Append('\n');
        report.Append("Steps after the keystroke: ").Append(measured.Incrementality.Describe()).Append('\n');
        report.Append("Steps after the keystroke at 10,000 models (").Append(measured.IncrementalityAtTenThousand.EditedPath).Append("): ")
            .Append(measured.IncrementalityAtTenThousand.Describe()).Append('\n');
        report.Append("Cold-start ids: model ").Append(modelId).Append(", Hugging Face ").Append(repoId).Append('\n');
        foreach (var measurement in measured.ColdStart)
        {
            report.Append("- ").Append(measurement.Scenario).Append(": ")
                .Append(measurement.Records).Append(" records, checksum ").Append(measurement.Checksum)
                .Append(", JIT ").Append(Units.Ms(measurement.JitMs)).Append(" for ").Append(measurement.JitMethods).Append(" methods (medians)\n");
        }

        return report.ToString();
    }
}
