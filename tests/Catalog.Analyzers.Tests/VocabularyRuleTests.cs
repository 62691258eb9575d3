using JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;
using Xunit;

namespace JapaneseLlm.Catalog.Analyzers.Tests;

/// <summary>The list-wording rules read the list's words from the catalog's vocabulary registry, not from code.</summary>
public sealed class VocabularyRuleTests
{
    private const string VocabularyPath = "/catalog/registries/vocabulary.yaml";

    private static readonly (string Path, string Text) NotApplicable = RuleCases.Probe(trainingData: "training_data: N/A");

    [Fact]
    public void An_undisclosed_spelling_added_to_the_vocabulary_is_reported_as_text()
    {
        Assert.DoesNotContain(AnalyzerRun.Findings(SampleCatalog.With(NotApplicable)), finding => finding.Id == "JLLM0209");

        var vocabulary = SampleCatalog.Files().Single(file => file.Path == VocabularyPath).Text;
        var taught = vocabulary.Replace("  - inconnue\n", "  - inconnue\n  - n/a\n", StringComparison.Ordinal);
        Assert.NotEqual(vocabulary, taught);
        var finding = Assert.Single(AnalyzerRun.Findings(SampleCatalog.With(NotApplicable, (VocabularyPath, taught))), finding => finding.Id == "JLLM0209");
        Assert.Equal("/catalog/models/probe.yaml", finding.Path);
    }

    [Fact]
    public void Without_a_vocabulary_no_spelling_is_known()
    {
        var undisclosed = RuleCases.Probe(trainingData: "training_data: Undisclosed");
        Assert.Contains(AnalyzerRun.Findings(SampleCatalog.With(undisclosed)), finding => finding.Id == "JLLM0209");
        var emptied = (VocabularyPath, "kind: vocabulary\nvocabulary:\n- id: quantized\n  aliases: [bnb]\n");
        Assert.DoesNotContain(AnalyzerRun.Findings(SampleCatalog.With(undisclosed, emptied)), finding => finding.Id == "JLLM0209");
    }

    [Fact]
    public void A_word_the_tools_do_not_know_is_an_invalid_value_at_its_id()
    {
        var vocabulary = (VocabularyPath, "kind: vocabulary\nvocabulary:\n- id: undisclosd\n  aliases: [n/a]\n");
        var finding = Assert.Single(AnalyzerRun.Findings(SampleCatalog.With(vocabulary)), finding => finding.Path == VocabularyPath);
        Assert.Equal(("JLLM0008", 3, 7), (finding.Id, finding.Line, finding.Column));
    }
}
