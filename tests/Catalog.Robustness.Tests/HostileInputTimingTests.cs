using System.Diagnostics;
using System.Globalization;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Robustness.Support;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// Every hostile input is rejected (or read) within a second and in bounded memory. Timings are printed; the
/// bounds are deliberately generous sanity checks (the one second, 256 MB), not benchmarks. Runs
/// alone, so that compilations in other tests do not share the two cores with it.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class HostileInputTimingTests(ITestOutputHelper output)
{
    private const int Runs = 3;
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(1);
    private const long AllocationBound = 256L * 1024 * 1024;

    [Fact]
    public void Each_hostile_input_parses_within_a_second_in_bounded_memory()
    {
        var measurements = HostileCorpus.All.Select(file => Measure(file.Path, file.Text)).OrderByDescending(measurement => measurement.Median).ToList();
        foreach (var (path, median, allocated, length) in measurements.Take(15))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{median.TotalMilliseconds,9:F2} ms  {allocated / 1024.0 / 1024.0,8:F1} MB allocated  {length,9} chars  {path}"));
        }

        var slowest = measurements[0];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest of {measurements.Count}: {slowest.Path}, median of {Runs} runs {slowest.Median.TotalMilliseconds:F2} ms"));
        Assert.All(measurements, measurement => Assert.True(measurement.Median < TimeBound, $"{measurement.Path} took {measurement.Median.TotalMilliseconds} ms"));
        Assert.All(measurements, measurement => Assert.True(measurement.Allocated < AllocationBound, $"{measurement.Path} allocated {measurement.Allocated} bytes"));
    }

    private static Measurement Measure(string path, string text)
    {
        var times = new TimeSpan[Runs];
        long allocated = 0;
        for (var run = 0; run < Runs; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            CatalogParser.Parse(path, text);
            times[run] = watch.Elapsed;
            allocated = Math.Max(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Array.Sort(times);
        return new Measurement(path, times[Runs / 2], allocated, text.Length);
    }

    private sealed record Measurement(string Path, TimeSpan Median, long Allocated, int Length);
}

/// <summary>Tests that measure time, run after the parallel ones and alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
