using System.Collections.Immutable;
using JapaneseLlm.Catalog.Analyzers;
using JapaneseLlm.Catalog.Robustness.Support;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// The generator and the analyzer never throw into the compiler (no CS8785, no AD0001), whatever the YAML,
/// and what the generator emits always compiles: a C# error would hide every YAML diagnostic.
/// </summary>
public sealed class CompilerCrashTests
{
    public static TheoryData<string> CorpusFiles() => CorpusDiagnosticTests.CorpusFiles();

    [Fact]
    public void The_whole_corpus_builds_without_a_generator_or_analyzer_exception() =>
        Assert.Empty(CorpusBuild.Value.Crashes);

    [Fact]
    public void The_code_generated_from_the_whole_corpus_compiles_without_errors_or_warnings() =>
        Assert.Empty(CorpusBuild.Value.CompilerDiagnostics);

    [Fact]
    public void Generated_doc_comments_are_well_formed_xml()
    {
        var options = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var problems = CorpusBuild.Value.Generator.Result.GeneratedTrees
            .SelectMany(tree => CSharpSyntaxTree.ParseText(tree.GetText(), options, tree.FilePath).GetDiagnostics())
            .Select(diagnostic => diagnostic.ToString());
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Each_file_alone_runs_through_the_generator_and_the_analyzer_without_exception(string file)
    {
        var hostile = HostileCorpus.All.Single(candidate => candidate.Path == HostileCorpus.PathPrefix + file);
        AdditionalText[] files = [.. HostileCorpus.Registries.Where(registry => registry != hostile), hostile];

        var generator = GeneratorHarness.Run(files);
        Assert.All(generator.Result.Results, result => Assert.Null(result.Exception));
        Assert.Empty(generator.GeneratorDiagnostics);

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([.. files]),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var analysis = generator.Output.WithAnalyzers([new CatalogFileAnalyzer()], options);
        var diagnostics = (await analysis.GetAnalysisResultAsync(hostile, CancellationToken.None)).GetAllDiagnostics();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }
}
