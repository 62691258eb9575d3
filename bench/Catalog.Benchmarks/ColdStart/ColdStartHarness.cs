using System.Diagnostics;

namespace JapaneseLlm.Catalog.Performance.ColdStart;

/// <summary>
/// Launches the typed and the JSON cold-start apps as fresh processes, interleaved so that noise on the
/// machine hits both alike, and keeps the medians. The first rounds are thrown away: they warm the disk
/// cache, so "cold" means a fresh process and a fresh JIT, not a cold disk.
/// </summary>
internal sealed class ColdStartHarness(int launches, int warmUpLaunches = 2)
{
    public IReadOnlyList<ColdStartMeasurement> Run(IReadOnlyList<ColdStartScenario> scenarios)
    {
        var samples = scenarios.ToDictionary(scenario => scenario, _ => new List<ColdStartSample>());
        for (var round = 0; round < warmUpLaunches + launches; round++)
        {
            foreach (var scenario in scenarios)
            {
                var sample = Launch(scenario);
                if (round >= warmUpLaunches)
                {
                    samples[scenario].Add(sample);
                }
            }
        }

        return scenarios.Select(scenario => ColdStartMeasurement.Of(scenario, samples[scenario])).ToList();
    }

    private static ColdStartSample Launch(ColdStartScenario scenario)
    {
        var start = new ProcessStartInfo(scenario.App.ExecutablePath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in scenario.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {scenario.App.ExecutablePath}");
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var wallMs = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{scenario} exited with {process.ExitCode}: {errors}");
        }

        return ColdStartSample.Parse(output, wallMs);
    }
}
