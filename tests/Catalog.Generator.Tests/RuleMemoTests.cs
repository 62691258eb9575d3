using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Rules;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>
/// Rules keep what they computed for an entry while the entry lives (so a keystroke re-checks one file's entries):
/// a result must follow a new parse of the entry, and a rule that also reads other entries must follow those.
/// </summary>
public sealed class RuleMemoTests
{
    private const string Sarashina2 = "/models/sarashina2.yaml";

    [Fact]
    public void An_edited_entry_is_checked_afresh_and_the_others_keep_their_findings()
    {
        var files = Parse(TestCatalogs.Load("Sample"));
        Assert.DoesNotContain(Findings(files), finding => finding.RuleId == "JLLM0214");

        var edited = Replace(files, Sarashina2, text => text.Replace("url: https://", "url: ftp://", StringComparison.Ordinal));
        var finding = Assert.Single(Findings(edited), finding => finding.RuleId == "JLLM0214");
        Assert.EndsWith(Sarashina2, finding.Path, StringComparison.Ordinal);

        // The first parses again: their memo still says clean.
        Assert.DoesNotContain(Findings(files), finding => finding.RuleId == "JLLM0214");
    }

    [Fact]
    public void An_architecture_finding_follows_the_papers_even_for_an_unchanged_model()
    {
        var files = Parse(TestCatalogs.Load("Sample"));
        bool Reported(IReadOnlyList<ParsedFile> catalog) =>
            Findings(catalog).Any(finding => finding.RuleId == "JLLM0211" && finding.Path.EndsWith(Sarashina2, StringComparison.Ordinal));
        Assert.True(Reported(files), "the sample has no Llama paper, so its Llama models are reported");

        var withLlamaPaper = files.Append(CatalogParser.Parse("catalog/papers/llama.yaml", """
            kind: paper
            id: llama
            section: papers/architectures
            name: Llama
            published: 2023-02-27
            venue: arXiv
            title: "LLaMA: Open and Efficient Foundation Language Models"
            url: https://arxiv.org/abs/2302.13971
            """)).ToList();

        // The same sarashina2 entry each time: only the papers change, and the finding with them.
        Assert.False(Reported(withLlamaPaper));
        Assert.True(Reported(files));
    }

    [Fact]
    public void An_undisclosed_finding_follows_the_vocabulary_even_for_an_unchanged_model()
    {
        var files = Replace(Parse(TestCatalogs.Load("Sample")), Sarashina2, text => text.Replace("kind: model\n", "kind: model\ndomain: N/A\n", StringComparison.Ordinal));
        bool Reported(IReadOnlyList<ParsedFile> catalog) =>
            Findings(catalog).Any(finding => finding.RuleId == "JLLM0209" && finding.Path.EndsWith(Sarashina2, StringComparison.Ordinal));
        Assert.False(Reported(files), "'N/A' is no spelling of the sample's vocabulary");

        var taught = Replace(files, "/registries/vocabulary.yaml", text => text.Replace("  - inconnue\n", "  - inconnue\n  - n/a\n", StringComparison.Ordinal));

        // The same sarashina2 entry each time: only the vocabulary changes, and the finding with it.
        Assert.True(Reported(taught));
        Assert.False(Reported(files));
    }

    private static IReadOnlyList<ParsedFile> Parse(IReadOnlyList<Microsoft.CodeAnalysis.AdditionalText> texts) =>
        texts.Select(text => CatalogParser.Parse(text.Path, text.GetText()!.ToString())).ToList();

    private static List<ParsedFile> Replace(IReadOnlyList<ParsedFile> files, string suffix, Func<string, string> edit) =>
        files.Select(file => file.Path.EndsWith(suffix, StringComparison.Ordinal) ? CatalogParser.Parse(file.Path, edit(File(file))) : file).ToList();

    private static string File(ParsedFile file) =>
        TestCatalogs.Load("Sample").Single(text => text.Path == file.Path).GetText()!.ToString();

    private static IReadOnlyList<Authoring.Diagnostics.CatalogDiagnostic> Findings(IReadOnlyList<ParsedFile> files) =>
        CatalogChecker.Check(files, 2026);
}
