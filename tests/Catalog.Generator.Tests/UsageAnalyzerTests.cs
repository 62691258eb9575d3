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
        var diagnostic = Assert.Single(Analyze("var m = JapaneseLlm.Catalog.Models.Sarashina2_8x70B;"));
        Assert.Equal("JLLM1001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal((0, 8), Start(diagnostic));
        Assert.Equal("Model 'Models.Sarashina2_8x70B' is published under Sarashina Model NonCommercial License, which does not allow commercial use", diagnostic.GetMessage());
    }

    [Fact]
    public void Conditional_licenses_and_the_openai_caveat_are_reported()
    {
        var diagnostics = Analyze("""
            var a = JapaneseLlm.Catalog.Models.LlmJp3_172B;
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
            var name = nameof(JapaneseLlm.Catalog.Models.Sarashina2_8x70B);
            var repo = nameof(JapaneseLlm.Catalog.HuggingFaceIds.Sarashina2_8x70B.SbintuitionsSarashina2_8x70B);
            var lookUp = nameof(JapaneseLlm.Catalog.JapaneseLlmCatalog.FindModel);
            """));

    [Fact]
    public void A_hugging_face_constant_is_reported_in_a_const_a_case_and_an_attribute_argument()
    {
        var diagnostics = Analyze("""
            const string Repo = JapaneseLlm.Catalog.HuggingFaceIds.Sarashina2_8x70B.SbintuitionsSarashina2_8x70B;
            switch (args.Length.ToString())
            {
                case JapaneseLlm.Catalog.HuggingFaceIds.Sarashina2_8x70B.SbintuitionsSarashina2_8x70B:
                    break;
            }

            [System.ComponentModel.Description(JapaneseLlm.Catalog.HuggingFaceIds.Sarashina2_8x70B.SbintuitionsSarashina2_8x70B)]
            sealed partial class Product { }
            """);

        Assert.Equal([(0, 20), (3, 9), (7, 35)], diagnostics.Where(diagnostic => diagnostic.Id == "JLLM1001").Select(Start).Order());
        Assert.All(diagnostics, diagnostic => Assert.Equal("JLLM1001", diagnostic.Id));
        Assert.Equal(
            "Model 'Sarashina2_8x70B.SbintuitionsSarashina2_8x70B' is published under Sarashina Model NonCommercial License, which does not allow commercial use",
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
        var diagnostic = Assert.Single(Analyze("var m = JapaneseLlm.Catalog.Models.Sarashina2_8x70B;", ("dotnet_diagnostic.JLLM1001.severity", ReportDiagnostic.Error)));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    private static (int Line, int Character) Start(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line, start.Character);
    }

    private static ImmutableArray<Diagnostic> Analyze(string statements, params (string Key, ReportDiagnostic Severity)[] severities)
    {
        var tree = CSharpSyntaxTree.ParseText(statements, GeneratorHarness.ParseOptions, "Program.cs");
        var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication)
            .WithSpecificDiagnosticOptions(severities.ToDictionary(entry => entry.Key.Split('.')[1], entry => entry.Severity));
        var compilation = CSharpCompilation.Create("Consumer", [tree], [.. Net100.References.All, SampleCatalog.Value], options);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        return compilation.WithAnalyzers([new ModelUsageAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }
}
