using JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;
using Xunit;

namespace JapaneseLlm.Catalog.Analyzers.Tests;

/// <summary>
/// Every content rule, through the analyzer: the broken catalog gets exactly the rule's diagnostic, with its
/// severity, at the marked line and column, naming what to fix; the fixed catalog gets none.
/// </summary>
public sealed class ContentRuleTests
{
    private static readonly IReadOnlyList<Finding> Baseline = AnalyzerRun.Findings(SampleCatalog.With());

    [Theory]
    [MemberData(nameof(RuleCases.All), MemberType = typeof(RuleCases))]
    public void The_broken_catalog_gets_exactly_the_rules_diagnostic_at_the_marked_place(RuleCase rule)
    {
        var marked = rule.Broken.Single(file => file.Text.Contains(SampleCatalog.Marker, StringComparison.Ordinal));
        var (line, column) = SampleCatalog.MarkedPosition(marked.Text);

        var diagnostics = AnalyzerRun.Analyze(SampleCatalog.With(rule.Broken)).Where(diagnostic => !Baseline.Contains(Finding.From(diagnostic))).ToList();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(new Finding(rule.Rule, rule.Severity, marked.Path, line, column), Finding.From(diagnostic));
        Assert.Contains(rule.Mentions, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith($"docs/diagnostics/{rule.Rule}.md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleCases.All), MemberType = typeof(RuleCases))]
    public void The_fixed_catalog_gets_no_new_diagnostic(RuleCase rule)
    {
        var findings = AnalyzerRun.Findings(SampleCatalog.With(rule.Fixed));
        Assert.Empty(findings.Except(Baseline));
    }

    [Fact]
    public void Each_model_of_a_lineage_cycle_is_reported_at_its_link_with_the_cycle_spelt_out()
    {
        const string Sarashina2 = "/catalog/models/sarashina2.yaml";
        var sarashina2 = SampleCatalog.Files().Single(file => file.Path == Sarashina2).Text.TrimEnd() + "\nbase_models:\n- model: probe\n  relation: continual-pretraining\n";
        var files = SampleCatalog.With(RuleCases.Probe(extra: "base_models:\n- model: mixtral-8x7b\n  relation: merge\n- model: sarashina2\n  relation: merge"), (Sarashina2, sarashina2));

        var cycles = AnalyzerRun.Analyze(files).Where(diagnostic => diagnostic.Id == "JLLM0105").OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal).ToList();

        Assert.Equal(2, cycles.Count);
        Assert.Equal((RuleCases.ProbePath, 16), (cycles[0].Location.GetLineSpan().Path, cycles[0].Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("(probe -> sarashina2 -> probe)", cycles[0].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(Sarashina2, cycles[1].Location.GetLineSpan().Path);
        Assert.Contains("(sarashina2 -> probe -> sarashina2)", cycles[1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_catalog_gets_only_the_architecture_paper_heuristic()
    {
        Assert.NotEmpty(Baseline);
        Assert.All(Baseline, finding => Assert.Equal(("JLLM0211", Microsoft.CodeAnalysis.DiagnosticSeverity.Info), (finding.Id, finding.Severity)));
    }

    [Fact]
    public void Odd_but_readable_values_never_make_a_rule_throw()
    {
        var files = SampleCatalog.With(
            RuleCases.Probe(name: "name: \"**\"", architecture: "architecture: \"[](https://example.com)\"", trainingData: "training_data: \"[^]<br>-\""),
            ("/catalog/papers/odd.yaml", "kind: paper\nid: odd\nsection: papers/architectures\nname: \"**\"\npublished: 2020-01-01\ntitle: \"**\"\nurl: https://example.com\n"));

        var diagnostics = AnalyzerRun.Analyze(files);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "JLLM0211");
    }
}
