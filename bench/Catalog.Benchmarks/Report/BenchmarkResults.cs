using BenchmarkDotNet.Reports;

namespace JapaneseLlm.Catalog.Performance.Report;

/// <summary>The medians and allocations of every BenchmarkDotNet case run by the suite, looked up by class, method and size.</summary>
internal sealed class BenchmarkResults(IEnumerable<Summary> summaries)
{
    private readonly List<BenchmarkReport> reports = summaries.SelectMany(summary => summary.Reports).ToList();

    public double MedianMs<T>(string method, int? models = null) => Find<T>(method, models).ResultStatistics!.Median / 1e6;

    public double MedianNs<T>(string method) => Find<T>(method, null).ResultStatistics!.Median;

    public long AllocatedBytes<T>(string method)
    {
        var report = Find<T>(method, null);
        return report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
    }

    private BenchmarkReport Find<T>(string method, int? models) =>
        reports.FirstOrDefault(report =>
            report.BenchmarkCase.Descriptor.Type == typeof(T)
            && report.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
            && (models is null || Equals(report.BenchmarkCase.Parameters["Models"], models))
            && report.ResultStatistics is not null)
        ?? throw new InvalidOperationException($"No result for {typeof(T).Name}.{method}{(models is null ? "" : $" ({models} models)")}: see the BenchmarkDotNet log above.");
}
