using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using JapaneseLlm.Catalog.Analyzers;
using JapaneseLlm.Catalog.Performance.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JapaneseLlm.Catalog.Performance.Analyzers;

/// <summary>
/// <see cref="CatalogFileAnalyzer"/> on the real catalog through <see cref="CompilationWithAnalyzers"/>, as the
/// IDE drives it: the whole catalog freshly opened, and the one file just edited. The compilation has no C#
/// of its own, so the figures are the analyzer's, not the C# binder's.
/// </summary>
[Config(typeof(Report.SuiteConfig))]
public class AnalyzerBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new CatalogFileAnalyzer()];

    private CSharpCompilation compilation = null!;
    private IReadOnlyList<InMemoryAdditionalText> catalog = null!;
    private ImmutableArray<AdditionalText> unchangedFiles;
    private InMemoryAdditionalText editedFile = null!;
    private string typedText = null!;

    [GlobalSetup]
    public void Setup()
    {
        compilation = RuntimeCompilation.CreateEmpty();
        catalog = CatalogFolder.ReadRealCatalog();
        editedFile = YamlKeystroke.PickModelFile(catalog);
        typedText = YamlKeystroke.Type(editedFile.Text);
        unchangedFiles = catalog.Where(file => file != editedFile).Cast<AdditionalText>().ToImmutableArray();

        // The open, unchanged files have been analysed before the keystroke: their parses are cached, as in the IDE.
        var diagnostics = Analyze(catalog).GetAwaiter().GetResult();
        Console.WriteLine($"// {nameof(AnalyzerBenchmarks)}: {catalog.Count} files, {diagnostics.Length} diagnostics; keystroke in {editedFile.Path}");
    }

    /// <summary>Every file opened afresh (new text instances), so every file is parsed and validated.</summary>
    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> WholeCatalog() => Analyze(catalog.Select(file => file.Reopened()));

    /// <summary>The edited file's diagnostics after a keystroke: its parse, plus the cross-file checks over cached parses.</summary>
    [Benchmark]
    public Task<AnalysisResult> OneFileAfterEdit()
    {
        AdditionalText typed = editedFile.WithText(typedText);
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, new AnalyzerOptions(unchangedFiles.Add(typed)));
        return withAnalyzers.GetAnalysisResultAsync(typed, Analyzers, CancellationToken.None);
    }

    private Task<ImmutableArray<Diagnostic>> Analyze(IEnumerable<AdditionalText> files) =>
        compilation.WithAnalyzers(Analyzers, new AnalyzerOptions(files.ToImmutableArray())).GetAnalyzerDiagnosticsAsync();
}
