using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>A withdrawn model keeps its generated member, marked [Obsolete]: consumers get a warning where they use it, not a broken build.</summary>
public sealed class WithdrawnModelTests
{
    private const string Reason = "The repository was removed from the Hub \"on request\" (see https://example.org/notice).";

    /// <summary>The reason as the YAML may write it, in the list's markdown: the runtime and the message get it as plain text.</summary>
    private const string MarkdownReason = "The repository was removed from the **Hub** \"on request\" (see https://example.org/notice).";

    [Fact]
    public void A_withdrawn_models_member_is_obsolete_with_its_date_and_reason()
    {
        var run = GeneratorHarness.Run(WithSarashina2Withdrawn());
        Assert.Empty(run.CompilationErrors());

        var consumer = CSharpSyntaxTree.ParseText(
            "public static class Consumer { public static string Id() => JapaneseLlm.Catalog.Models.Sarashina2.Id; }",
            (CSharpParseOptions)run.Output.SyntaxTrees.First().Options);
        var warning = Assert.Single(run.Output.AddSyntaxTrees(consumer).GetDiagnostics(), diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal("CS0618", warning.Id);
        Assert.Contains("'sarashina2' was withdrawn on 2026-11-30: " + Reason, warning.GetMessage(), StringComparison.Ordinal);

        var model = GeneratorHarness.Load(run.Output).GetType("JapaneseLlm.Catalog.Models")!.GetProperty("Sarashina2")!.GetValue(null)!;
        Assert.Equal(new DateTime(2026, 11, 30), model.GetType().GetProperty("Withdrawn")!.GetValue(model));
        Assert.Equal(true, model.GetType().GetProperty("IsWithdrawn")!.GetValue(model));
        Assert.Equal(Reason, model.GetType().GetProperty("WithdrawnReason")!.GetValue(model));
    }

    [Fact]
    public void A_model_that_is_not_withdrawn_has_no_obsolete_member()
    {
        var run = GeneratorHarness.Run(TestCatalogs.Load("Sample"));
        Assert.DoesNotContain("System.Obsolete(", run.AllSources(), StringComparison.Ordinal);
    }

    private static IReadOnlyList<AdditionalText> WithSarashina2Withdrawn() =>
        TestCatalogs.Load("Sample")
            .Select(file => file.Path.EndsWith("/models/sarashina2.yaml", StringComparison.Ordinal)
                ? TestCatalogs.Text(file.Path, file.GetText()!.ToString() + "withdrawn: 2026-11-30\nwithdrawn_reason: '" + MarkdownReason.Replace("'", "''") + "'\n")
                : file)
            .ToList();
}
