using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using JapaneseLlm.Catalog.Analyzers;
using JapaneseLlm.Catalog.Performance.ColdStart;
using JapaneseLlm.Catalog.Performance.Infrastructure;
using JapaneseLlm.Catalog.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JapaneseLlm.Catalog.Performance.Generator;

/// <summary>
/// The generator's and the analyzer's first run in a fresh process, as in a command-line build where every
/// compilation is a new csc process: the JIT has compiled none of the generator, the shared model or
/// YamlDotNet yet. Roslyn's own driver code is warmed first on an empty catalog, so the figures are ours.
/// BenchmarkDotNet's figures are the steady state; the difference is what a cold compiler pays.
/// </summary>
internal static class FirstRunProbe
{
    public const string Command = "first-run-probe";

    /// <summary>Runs in the child process; prints one line for the parent.</summary>
    public static void MeasureHere()
    {
        var catalog = RuntimeCompilation.AsAdditionalTexts(CatalogFolder.ReadRealCatalog());
        var compilation = RuntimeCompilation.Create();
        var empty = RuntimeCompilation.CreateEmpty();
        Generate(compilation, []);
        Analyze(empty, []);

        var generatorFirst = Timed(() => Generate(compilation, catalog));
        var generatorSecond = Timed(() => Generate(compilation, catalog));
        var analyzerFirst = Timed(() => Analyze(empty, catalog.Select(file => (AdditionalText)((InMemoryAdditionalText)file).Reopened()).ToImmutableArray()));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{generatorFirst.Ms} {generatorFirst.JitMs} {generatorSecond.Ms} {analyzerFirst.Ms} {analyzerFirst.JitMs}"));
    }

    /// <summary>Launches <paramref name="launches"/> fresh processes of this program and keeps the medians.</summary>
    public static FirstRunResult Launch(int launches)
    {
        var samples = new List<double[]>();
        for (var launch = 0; launch < launches; launch++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                // Started as "dotnet Catalog.Benchmarks.dll": the child needs the program's path too.
                start.ArgumentList.Add(typeof(FirstRunProbe).Assembly.Location);
            }

            start.ArgumentList.Add(Command);
            using var process = Process.Start(start)!;
            var line = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{Command} exited with {process.ExitCode}: {line}");
            }

            samples.Add(line.Trim().Split(' ').Select(value => double.Parse(value, CultureInfo.InvariantCulture)).ToArray());
        }

        double Median(int column) => ColdStartMeasurement.Median(samples.Select(sample => sample[column]));
        return new FirstRunResult(launches, Median(0), Median(1), Median(2), Median(3), Median(4));
    }

    private static void Generate(CSharpCompilation compilation, ImmutableArray<AdditionalText> files) =>
        CSharpGeneratorDriver.Create([new CatalogGenerator().AsSourceGenerator()], files, RuntimeCompilation.ParseOptions).RunGenerators(compilation);

    private static void Analyze(CSharpCompilation compilation, ImmutableArray<AdditionalText> files) =>
        compilation.WithAnalyzers([new CatalogFileAnalyzer()], new AnalyzerOptions(files)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    private static (double Ms, double JitMs) Timed(Action action)
    {
        var jitBefore = JitInfo.GetCompilationTime();
        var clock = Stopwatch.StartNew();
        action();
        return (clock.Elapsed.TotalMilliseconds, (JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds);
    }
}

/// <summary>Medians over fresh processes: the first and second generator runs, the first analyzer pass, and the JIT time inside each first.</summary>
internal sealed record FirstRunResult(int Launches, double GeneratorFirstMs, double GeneratorFirstJitMs, double GeneratorSecondMs, double AnalyzerFirstMs, double AnalyzerFirstJitMs);
