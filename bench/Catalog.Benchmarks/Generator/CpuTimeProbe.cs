using System.Diagnostics;
using JapaneseLlm.Catalog.Performance.Infrastructure;

namespace JapaneseLlm.Catalog.Performance.Generator;

/// <summary>
/// The generator's cold run and YAML keystroke timed by the processor time the process spends (every thread, the
/// garbage collector's included) rather than by the wall clock: on a machine that other work keeps busy, wall
/// times measure the queue for a core, while processor time still measures the work. The process's processor time
/// moves in clock ticks (10 ms on Linux), so each batch runs until it has used at least 400 ms; medians of batches.
/// </summary>
internal static class CpuTimeProbe
{
    public const string Command = "cpu-time";

    public static void Print(string name, IReadOnlyList<InMemoryAdditionalText> catalog) => Console.WriteLine(Measure(name, catalog));

    public static ProcessorTimes Measure(string name, IReadOnlyList<InMemoryAdditionalText> catalog)
    {
        var scenario = new GeneratorScenario(catalog);
        var cold = Median(() => scenario.ColdRun(), warmUps: 3);
        var keystroke = Median(() => scenario.RunAfterYamlKeystroke(), warmUps: 30);
        return new ProcessorTimes(name, cold, keystroke);
    }

    /// <summary>jllm lsp's keystroke beside a full check (<see cref="LanguageServer.LanguageServerBenchmarks"/>), in processor time.</summary>
    public static void PrintLanguageServer()
    {
        var benchmarks = new LanguageServer.LanguageServerBenchmarks();
        benchmarks.Setup();
        var fullCheck = Median(() => benchmarks.FullCheck(), warmUps: 3);
        var keystroke = Median(() => benchmarks.Keystroke(), warmUps: 30);
        Console.WriteLine(FormattableString.Invariant($"jllm lsp, real catalog: full check {fullCheck:0.00} ms, keystroke's diagnostics {keystroke:0.00} ms of processor time ({keystroke / fullCheck:0.000}x)"));
    }

    private static double Median(Func<object> run, int warmUps, int batches = 5, double batchMs = 400)
    {
        for (var index = 0; index < warmUps; index++)
        {
            run();
        }

        var process = Process.GetCurrentProcess();
        var perRun = new List<double>();
        for (var batch = 0; batch < batches; batch++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var (runs, used) = (0, 0.0);
            while (used < batchMs)
            {
                run();
                runs++;
                process.Refresh();
                used = (process.TotalProcessorTime - before).TotalMilliseconds;
            }

            perRun.Add(used / runs);
        }

        perRun.Sort();
        return perRun[perRun.Count / 2];
    }
}

/// <summary>The generator's cold run and YAML keystroke on one catalog, in milliseconds of processor time per run (medians).</summary>
internal sealed record ProcessorTimes(string Catalog, double ColdRunMs, double KeystrokeMs)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Catalog}: cold run {ColdRunMs:0.00} ms, YAML keystroke {KeystrokeMs:0.000} ms of processor time ({KeystrokeMs / ColdRunMs:0.000}x)");
}
