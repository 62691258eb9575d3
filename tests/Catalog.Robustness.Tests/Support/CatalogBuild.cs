using System.Collections.Concurrent;
using System.Collections.Immutable;
using JapaneseLlm.Catalog.Analyzers;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>
/// One build of a catalog as the compiler does it: the generator over the runtime library's sources, then
/// the YAML analyzer over the result (analyzers see generated code too). Analyzer exceptions are captured
/// rather than turned into AD0001, so a test can name them.
/// </summary>
internal sealed record CatalogBuild(GeneratorRun Generator, ImmutableArray<Diagnostic> AllDiagnostics, IReadOnlyList<string> AnalyzerExceptions)
{
    public static CatalogBuild Of(IReadOnlyList<AdditionalText> files)
    {
        var generator = GeneratorHarness.Run(files);
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(files.ToImmutableArray()),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = generator.Output
            .WithAnalyzers([new CatalogFileAnalyzer()], options)
            .GetAllDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult();
        return new CatalogBuild(generator, diagnostics, [.. exceptions]);
    }

    /// <summary>The catalog's own diagnostics (JLLM…), each in the YAML file it is about.</summary>
    public IEnumerable<Diagnostic> CatalogDiagnostics =>
        AllDiagnostics.Where(diagnostic => diagnostic.Id.StartsWith("JLLM", StringComparison.Ordinal));

    public ILookup<string, Diagnostic> CatalogDiagnosticsByPath =>
        CatalogDiagnostics.ToLookup(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal);

    /// <summary>Errors and warnings of the C# compilation itself, generated code included.</summary>
    public IEnumerable<Diagnostic> CompilerDiagnostics =>
        AllDiagnostics.Where(diagnostic => !diagnostic.Id.StartsWith("JLLM", StringComparison.Ordinal) && diagnostic.Severity >= DiagnosticSeverity.Warning);

    /// <summary>Every sign that the generator or an analyzer threw: CS8785, AD0001, a run-result exception, a captured exception.</summary>
    public IEnumerable<string> Crashes =>
        Generator.Result.Results.Where(result => result.Exception is not null).Select(result => $"generator: {result.Exception}")
            .Concat(Generator.GeneratorDiagnostics.Select(diagnostic => diagnostic.ToString()))
            .Concat(AllDiagnostics.Where(diagnostic => diagnostic.Id is "AD0001" or "CS8785").Select(diagnostic => diagnostic.ToString()))
            .Concat(AnalyzerExceptions);
}
