using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;

/// <summary>Runs the catalog analyzer as the compiler does: a small C# compilation with the catalog as additional files.</summary>
internal static class AnalyzerRun
{
    public static CSharpCompilation Compilation(ReportDiagnostic? generalOption = null, params (string Id, ReportDiagnostic Option)[] specificOptions)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(specificOptions.ToDictionary(option => option.Id, option => option.Option))
            .WithGeneralDiagnosticOption(generalOption ?? ReportDiagnostic.Default);
        return CSharpCompilation.Create(
            "CatalogProbe",
            [CSharpSyntaxTree.ParseText("namespace Probe; public static class Marker { }")],
            Net100.References.All,
            options);
    }

    public static ImmutableArray<Diagnostic> Analyze(IEnumerable<AdditionalText> files, CSharpCompilation? compilation = null) =>
        (compilation ?? Compilation())
            .WithAnalyzers([new CatalogFileAnalyzer()], new AnalyzerOptions(files.ToImmutableArray()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult();

    public static IReadOnlyList<Finding> Findings(IEnumerable<AdditionalText> files) =>
        Analyze(files).Select(Finding.From).OrderBy(finding => finding.Path, StringComparer.Ordinal).ThenBy(finding => finding.Line).ThenBy(finding => finding.Column).ToList();
}
