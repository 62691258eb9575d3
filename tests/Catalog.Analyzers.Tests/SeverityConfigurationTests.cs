using JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace JapaneseLlm.Catalog.Analyzers.Tests;

/// <summary>
/// Severities of YAML diagnostics follow the compilation's options, which is what a .globalconfig, NoWarn
/// and WarningsAsErrors set (a real build of each is in <see cref="BuildTests"/>). .editorconfig sections do
/// not reach diagnostics located in additional files (roslyn#31916).
/// </summary>
public sealed class SeverityConfigurationTests
{
    private static readonly IReadOnlyList<AdditionalText> Catalog = SampleCatalog.With(RuleCases.Probe(year: "2999", extra: "announced: 2999-01-02"));

    [Fact]
    public void A_rule_can_be_downgraded()
    {
        var diagnostics = AnalyzerRun.Analyze(Catalog, AnalyzerRun.Compilation(specificOptions: ("JLLM0215", ReportDiagnostic.Warn)));
        Assert.All(diagnostics.Where(diagnostic => diagnostic.Id == "JLLM0215"), diagnostic => Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity));
        Assert.Equal(2, diagnostics.Count(diagnostic => diagnostic.Id == "JLLM0215"));
    }

    [Fact]
    public void A_rule_can_be_switched_off()
    {
        Assert.Contains(AnalyzerRun.Analyze(Catalog, AnalyzerRun.Compilation()), diagnostic => diagnostic.Id == "JLLM0215");
        var diagnostics = AnalyzerRun.Analyze(Catalog, AnalyzerRun.Compilation(specificOptions: ("JLLM0215", ReportDiagnostic.Suppress)));
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "JLLM0215");
    }

    [Fact]
    public void Warnings_can_be_made_errors()
    {
        var warning = SampleCatalog.With(RuleCases.Probe(extra: "announced: 2025-01-02"));
        Assert.Equal(DiagnosticSeverity.Warning, AnalyzerRun.Analyze(warning).Single(diagnostic => diagnostic.Id == "JLLM0216").Severity);

        var diagnostics = AnalyzerRun.Analyze(warning, AnalyzerRun.Compilation(generalOption: ReportDiagnostic.Error));
        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single(diagnostic => diagnostic.Id == "JLLM0216").Severity);
    }
}
