using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using JapaneseLlm.Catalog.UsageAnalyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

public sealed class UsageAnalyzerTests
{
    private static readonly Lazy<MetadataReference> SampleCatalog = new(() =>
        GeneratorHarness.Run(TestCatalogs.Load("Sample")).Output.ToMetadataReference());

    [Fact]
    public void A_non_commercial_model_is_reported_at_its_reference()
    {
        var diagnostic = Assert.Single(Analyze("var m = JapaneseLlm.Catalog.Models.Sarashina2__8x70B;"));
        Assert.Equal("JLLM1001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal((0, 8), Start(diagnostic));
        Assert.Equal("Model 'Models.Sarashina2__8x70B' is published under Sarashina Model NonCommercial License, which does not allow commercial use", diagnostic.GetMessage());
    }

    [Fact]
    public void Conditional_licenses_and_the_openai_caveat_are_reported()
    {
        var diagnostics = Analyze("""
            var a = JapaneseLlm.Catalog.Models.LlmJp3__172B;
            var b = JapaneseLlm.Catalog.Models.KarakuriLm8x7BInstructV0_1;
            """);
        Assert.Equal(["JLLM1002", "JLLM1003"], diagnostics.Select(diagnostic => diagnostic.Id).Order());
        Assert.Equal((1, 8), Start(diagnostics.Single(diagnostic => diagnostic.Id == "JLLM1003")));
    }

    [Fact]
    public void An_apache_model_and_other_catalog_members_are_quiet()
    {
        Assert.Empty(Analyze("""
            var a = JapaneseLlm.Catalog.Models.Sarashina2;
            var b = JapaneseLlm.Catalog.Licenses.Apache2_0;
            var c = JapaneseLlm.Catalog.JapaneseLlmCatalog.Models;
            """));
    }

    [Fact]
    public void Nameof_a_model_uses_nothing_and_is_quiet() =>
        Assert.Empty(Analyze("""
            var name = nameof(JapaneseLlm.Catalog.Models.Sarashina2__8x70B);
            var repo = nameof(JapaneseLlm.Catalog.HuggingFaceIds.Sarashina2__8x70B.SbintuitionsSarashina2__8x70B);
            var lookUp = nameof(JapaneseLlm.Catalog.JapaneseLlmCatalog.FindModel);
            """));

    [Fact]
    public void A_hugging_face_constant_is_reported_in_a_const_a_case_and_an_attribute_argument()
    {
        var diagnostics = Analyze("""
            const string Repo = JapaneseLlm.Catalog.HuggingFaceIds.Sarashina2__8x70B.SbintuitionsSarashina2__8x70B;
            switch (args.Length.ToString())
            {
                case JapaneseLlm.Catalog.HuggingFaceIds.Sarashina2__8x70B.SbintuitionsSarashina2__8x70B:
                    break;
            }

            [System.ComponentModel.Description(JapaneseLlm.Catalog.HuggingFaceIds.Sarashina2__8x70B.SbintuitionsSarashina2__8x70B)]
            sealed partial class Product { }
            """);

        Assert.Equal([(0, 20), (3, 9), (7, 35)], diagnostics.Where(diagnostic => diagnostic.Id == "JLLM1001").Select(Start).Order());
        Assert.All(diagnostics, diagnostic => Assert.Equal("JLLM1001", diagnostic.Id));
        Assert.Equal(
            "Model 'Sarashina2__8x70B.SbintuitionsSarashina2__8x70B' is published under Sarashina Model NonCommercial License, which does not allow commercial use",
            diagnostics[0].GetMessage());
    }

    [Fact]
    public void A_look_up_by_a_literal_id_is_reported_at_the_call()
    {
        var diagnostics = Analyze("""
            var a = JapaneseLlm.Catalog.JapaneseLlmCatalog.FindByHuggingFaceId("SBIntuitions/Sarashina2-8x70B");
            var b = JapaneseLlm.Catalog.JapaneseLlmCatalog.FindModel("sarashina2-8x70b");
            var c = JapaneseLlm.Catalog.JapaneseLlmCatalog.Instance.TryFindVariant("sbintuitions/sarashina2-8x70b", out _, out _);
            var d = JapaneseLlm.Catalog.JapaneseLlmCatalog.FindModel("karakuri-lm-8x7b-instruct-v0.1");
            """);

        Assert.Equal(
            [("JLLM1001", 0), ("JLLM1001", 1), ("JLLM1001", 2), ("JLLM1003", 3)],
            diagnostics.Select(diagnostic => (diagnostic.Id, Start(diagnostic).Line)).Order());
        Assert.Contains(diagnostics, diagnostic => diagnostic.GetMessage().StartsWith("Model 'SBIntuitions/Sarashina2-8x70B' is published under Sarashina Model NonCommercial License", StringComparison.Ordinal));
    }

    [Fact]
    public void Look_ups_of_unrestricted_or_unknown_ids_and_other_registries_are_quiet() =>
        Assert.Empty(Analyze("""
            var a = JapaneseLlm.Catalog.JapaneseLlmCatalog.FindModel("sarashina2");
            var b = JapaneseLlm.Catalog.JapaneseLlmCatalog.FindByHuggingFaceId("nobody/nothing");
            var c = JapaneseLlm.Catalog.JapaneseLlmCatalog.FindLicense("sarashina-model-noncommercial");
            var d = JapaneseLlm.Catalog.JapaneseLlmCatalog.FindModel(args[0]);
            """));

    [Fact]
    public void One_configuration_line_raises_the_rule_to_an_error()
    {
        var diagnostic = Assert.Single(Analyze("var m = JapaneseLlm.Catalog.Models.Sarashina2__8x70B;", ("dotnet_diagnostic.JLLM1001.severity", ReportDiagnostic.Error)));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    private const string Restricted = """
        var a = JapaneseLlm.Catalog.Models.Sarashina2__8x70B;
        var b = JapaneseLlm.Catalog.Models.LlmJp3__172B;
        var c = JapaneseLlm.Catalog.Models.KarakuriLm8x7BInstructV0_1;
        var d = JapaneseLlm.Catalog.Models.Sarashina2;
        """;

    [Theory]
    [InlineData("commercial", DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning)]
    [InlineData(" Commercial ", DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning)]
    [InlineData("research", DiagnosticSeverity.Hidden, DiagnosticSeverity.Hidden, DiagnosticSeverity.Info)]
    [InlineData("personal", DiagnosticSeverity.Hidden, DiagnosticSeverity.Hidden, DiagnosticSeverity.Info)]
    [InlineData("", DiagnosticSeverity.Info, DiagnosticSeverity.Info, DiagnosticSeverity.Info)]
    public void The_declared_usage_sets_the_severity_of_each_rule(string usage, DiagnosticSeverity nonCommercial, DiagnosticSeverity conditional, DiagnosticSeverity openAiTerms)
    {
        var diagnostics = Analyze(Restricted, usage);

        Assert.Equal(
            [("JLLM1001", 0, nonCommercial), ("JLLM1002", 1, conditional), ("JLLM1003", 2, openAiTerms)],
            diagnostics.Select(diagnostic => (diagnostic.Id, Start(diagnostic).Line, diagnostic.Severity)).Order());
    }

    [Fact]
    public void Configuration_still_overrides_the_declared_usage_for_one_rule()
    {
        var diagnostics = Analyze(Restricted, "commercial", ("dotnet_diagnostic.JLLM1002.severity", ReportDiagnostic.Suppress), ("dotnet_diagnostic.JLLM1001.severity", ReportDiagnostic.Warn));

        Assert.Equal([("JLLM1001", DiagnosticSeverity.Warning), ("JLLM1003", DiagnosticSeverity.Warning)], diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Severity)).Order());
    }

    [Fact]
    public void An_unknown_usage_is_reported_once_and_the_rules_keep_their_defaults()
    {
        var diagnostics = Analyze(Restricted, "comercial");

        var unknown = Assert.Single(diagnostics, diagnostic => diagnostic.Id == "JLLM1004");
        Assert.Equal(DiagnosticSeverity.Warning, unknown.Severity);
        Assert.Equal(Location.None, unknown.Location);
        Assert.Equal("JapaneseLlmCatalogUsage is 'comercial', which is not a usage the license rules know: write commercial, research or personal, or remove the property", unknown.GetMessage());
        Assert.All(diagnostics.Where(diagnostic => diagnostic.Id != "JLLM1004"), diagnostic => Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity));
    }

    [Fact]
    public void Every_usage_rule_is_release_tracked_and_documented()
    {
        var unshipped = File.ReadAllText(RepositoryPaths.Combine("src", "Catalog.UsageAnalyzers", "AnalyzerReleases.Unshipped.md"));
        var index = File.ReadAllText(RepositoryPaths.Combine("docs", "diagnostics", "README.md"));
        foreach (var rule in new ModelUsageAnalyzer().SupportedDiagnostics)
        {
            Assert.Contains($"{rule.Id} | {rule.Category} | {rule.DefaultSeverity} | {rule.Title}", unshipped, StringComparison.Ordinal);
            Assert.True(File.Exists(RepositoryPaths.Combine("docs", "diagnostics", rule.Id + ".md")), $"docs/diagnostics/{rule.Id}.md is missing");
            Assert.Contains($"[{rule.Id}]({rule.Id}.md)", index, StringComparison.Ordinal);
            Assert.EndsWith($"docs/diagnostics/{rule.Id}.md", rule.HelpLinkUri, StringComparison.Ordinal);
        }
    }

    private static (int Line, int Character) Start(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line, start.Character);
    }

    private static ImmutableArray<Diagnostic> Analyze(string statements, params (string Key, ReportDiagnostic Severity)[] severities) =>
        Analyze(statements, usage: null, severities);

    private static ImmutableArray<Diagnostic> Analyze(string statements, string? usage, params (string Key, ReportDiagnostic Severity)[] severities)
    {
        var tree = CSharpSyntaxTree.ParseText(statements, GeneratorHarness.ParseOptions, "Program.cs");
        var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication)
            .WithSpecificDiagnosticOptions(severities.ToDictionary(entry => entry.Key.Split('.')[1], entry => entry.Severity));
        var compilation = CSharpCompilation.Create("Consumer", [tree], [.. Net100.References.All, SampleCatalog.Value], options);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var projectOptions = usage is null ? null : ProjectOptions.Of("build_property.JapaneseLlmCatalogUsage", usage);
        var analyzerOptions = new AnalyzerOptions([], projectOptions ?? ProjectOptions.Empty);
        return compilation.WithAnalyzers([new ModelUsageAnalyzer()], analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }
}
