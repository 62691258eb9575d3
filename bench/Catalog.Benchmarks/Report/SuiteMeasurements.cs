using JapaneseLlm.Catalog.Performance.Build;
using JapaneseLlm.Catalog.Performance.ColdStart;
using JapaneseLlm.Catalog.Performance.Generator;
using JapaneseLlm.Catalog.Performance.Infrastructure;

namespace JapaneseLlm.Catalog.Performance.Report;

/// <summary>Everything one run of the suite measured, which the table is made from.</summary>
internal sealed record SuiteMeasurements(
    CatalogCensus Census,
    BenchmarkResults Benchmarks,
    IncrementalityCheck Incrementality,
    IncrementalityCheck IncrementalityAtTenThousand,
    IReadOnlyList<ProcessorTimes> ProcessorTimes,
    FirstRunResult FirstRun,
    IReadOnlyList<ColdStartMeasurement> ColdStart,
    BuildShareResult? Build,
    PackageSizeResult? Package)
{
    public ColdStartMeasurement ColdStartOf(ColdStartApp app, string task) =>
        ColdStart.Single(measurement => measurement.Scenario.App == app && measurement.Scenario.Task == task);
}
