namespace JapaneseLlm.Catalog.Performance.ColdStart;

/// <summary>The medians of one scenario's launches, and what every launch read (which must not vary).</summary>
internal sealed record ColdStartMeasurement(ColdStartScenario Scenario, int Launches, double InProcessMs, double WallMs, double JitMs, int JitMethods, int Records, long Checksum)
{
    public static ColdStartMeasurement Of(ColdStartScenario scenario, IReadOnlyList<ColdStartSample> samples)
    {
        if (samples.Select(sample => (sample.Records, sample.Checksum)).Distinct().Count() != 1)
        {
            throw new InvalidOperationException($"{scenario} read different data from one launch to the next.");
        }

        return new ColdStartMeasurement(
            scenario,
            samples.Count,
            Median(samples.Select(sample => sample.InProcessMs)),
            Median(samples.Select(sample => sample.WallMs)),
            Median(samples.Select(sample => sample.JitMs)),
            (int)Median(samples.Select(sample => (double)sample.JitMethods)),
            samples[0].Records,
            samples[0].Checksum);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
