using JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;
using Xunit;

namespace JapaneseLlm.Catalog.Analyzers.Tests;

/// <summary>
/// Values that used to pass or to get a vague message (issue 17, items 7, 8 and 10): each is reported by
/// <c>jllm check</c> and by the analyzer alike, with a message that quotes the value and says what is wrong.
/// </summary>
public sealed class HostileValueMessageTests
{
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "name: {}", "JLLM0008", "'name' has an invalid value '{}': it is required and may not be blank" },
        { "name: \"\"", "JLLM0008", "'name' has an invalid value '': it is required and may not be blank" },
        { "name: \"   \"", "JLLM0008", "'name' has an invalid value '   ': it is required and may not be blank" },
        { "name: {ja: ~, en: null}", "JLLM0008", "'name' has an invalid value '{ja: ~, en: null}': it is required and may not be blank" },
        { "name: Probe\ndatasets: [metamathqa, metamathqa]", "JLLM0009", "'datasets' lists 'metamathqa' twice (first at line" },
        { "name: Probe\nsuppress:\n- rule: JLLM0299\n  reason: A typo.", "JLLM0008", "'rule' has an invalid value 'JLLM0299': no content rule has this id; they are JLLM0201 to JLLM0224" },
        { "name: Probe\norder: 1.5", "JLLM0003", "'order' must be a whole number, but is the text '1.5', which has a fraction or an exponent" },
        { "name: Probe\norder: soon", "JLLM0003", "'order' must be a whole number, but is the text 'soon', which is not a number" },
        { "name: Probe\norder: 99999999999", "JLLM0003", "'order' must be a whole number, but is the text '99999999999', which is too large (at most 2147483647)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_model_value_is_reported_alike_by_check_and_the_analyzer(string name, string id, string message)
    {
        var probe = RuleCases.Probe(name: name);
        var diagnostics = AnalyzerRun.Analyze(SampleCatalog.With(probe)).Where(diagnostic => diagnostic.Id == id).ToList();
        Assert.Contains(diagnostics, diagnostic => diagnostic.GetMessage().Contains(message, StringComparison.Ordinal));

        using var folder = new TempFolder();
        folder.WriteCatalog(SampleCatalog.With(probe));
        var (exitCode, output, _) = Jllm.Run("check", "--catalog", folder.Path);
        Assert.Equal(1, exitCode);
        Assert.Contains($"error {id}: {message}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_license_name_an_absurd_heading_level_and_broken_section_parents_are_errors()
    {
        var files = SampleCatalog.With(
            ("/catalog/registries/more-licenses.yaml", "kind: licenses\nlicenses:\n- id: blank\n  name: \"\"\n  commercial_use: allowed\n"),
            ("/catalog/registries/more-sections.yaml", """
                kind: sections
                sections:
                - id: deep
                  level: 2000000000
                  heading: Deep
                - id: orphan
                  parent: nowhere
                  level: 3
                  heading: Orphan
                - id: loop-a
                  parent: loop-b
                  level: 3
                  heading: A
                - id: loop-b
                  parent: loop-a
                  level: 3
                  heading: B
                """));

        var messages = AnalyzerRun.Analyze(files).Select(diagnostic => $"{diagnostic.Id}: {diagnostic.GetMessage()}").ToList();

        Assert.Contains("JLLM0008: 'name' has an invalid value '': it is required and may not be blank: write it in ja, en or fr", messages);
        Assert.Contains("JLLM0008: 'level' has an invalid value '2000000000': it must be from 1 to 6", messages);
        Assert.Contains(messages, message => message.StartsWith("JLLM0103: Section 'orphan' refers to section 'nowhere'", StringComparison.Ordinal));
        Assert.Contains("JLLM0104: Section 'loop-a' is its own ancestor (loop-a -> loop-b -> loop-a): point 'parent' at the enclosing section", messages);
        Assert.Contains("JLLM0104: Section 'loop-b' is its own ancestor (loop-b -> loop-a -> loop-b): point 'parent' at the enclosing section", messages);
    }
}
