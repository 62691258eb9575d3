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
/// compilation is a new csc process: the JIT has compiled none of the generator or the shared model yet.
/// Roslyn's own driver code is warmed first (an empty catalog, and a trivial analyzer over the same files),
/// so the figures are ours. As in a build, the analyzer runs after the generator on the same file texts, so it
/// reuses the generator's parses (SharedParses). BenchmarkDotNet's figures are the steady state; the
/// difference is what a cold compiler pays.
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
        Analyze(empty, Reopened(catalog), new WarmUpAnalyzer());

        var generatorFirst = Timed(() => Generate(compilation, catalog));
        var analyzerFirst = Timed(() => Analyze(empty, catalog));
        var generatorSecond = Timed(() => Generate(compilation, Reopened(catalog)));
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

    /// <summary>New text objects, which no parse cache has seen: what a new compilation reads.</summary>
    private static ImmutableArray<AdditionalText> Reopened(ImmutableArray<AdditionalText> files) =>
        files.Select(file => (AdditionalText)((InMemoryAdditionalText)file).Reopened()).ToImmutableArray();

    private static void Generate(CSharpCompilation compilation, ImmutableArray<AdditionalText> files) =>
        CSharpGeneratorDriver.Create([new CatalogGenerator().AsSourceGenerator()], files, RuntimeCompilation.ParseOptions).RunGenerators(compilation);

    private static void Analyze(CSharpCompilation compilation, ImmutableArray<AdditionalText> files, DiagnosticAnalyzer? analyzer = null) =>
        compilation.WithAnalyzers([analyzer ?? new CatalogFileAnalyzer()], new AnalyzerOptions(files)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>Runs Roslyn's additional-file analysis paths once, so that their JIT is not counted as ours.</summary>
    /// <remarks>Never given to a compiler, only to the in-process driver above: the rules for shipped analyzers do not apply.</remarks>
#pragma warning disable RS1036, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class WarmUpAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Seen = new("WARM001", "Seen", "Seen", "WarmUp", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Seen];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterAdditionalFileAction(file => file.ReportDiagnostic(Diagnostic.Create(Seen, Location.None)));
        }
    }
#pragma warning restore RS1036, RS1041, RS2008

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
