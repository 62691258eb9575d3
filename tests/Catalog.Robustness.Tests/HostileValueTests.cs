using JapaneseLlm.Catalog.Robustness.Support;
using JapaneseLlm.Catalog.Authoring.Text;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// Every text of every valid hostile record — quotes, backslashes, line and paragraph separators, <c>*/</c>,
/// <c>&lt;/summary&gt;</c>, <c>#</c>, braces, NUL, bidi controls, astral characters — reaches the runtime as
/// YamlDotNet reads it from the YAML: an id or a URL unchanged, a text as its plain text (issue 14).
/// </summary>
public sealed class HostileValueTests
{
    private static readonly Lazy<CompiledCatalog> Compiled = new(() => CompiledCatalog.Load(CorpusBuild.Value.Generator.Output));

    public static TheoryData<string> ValidFiles() =>
        [.. Expectations.All.Where(pair => pair.Value.Count == 0).Select(pair => pair.Key).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Each_text_of_a_valid_file_reaches_the_runtime_unchanged(string file)
    {
        var corpusFile = HostileCorpus.All.Single(candidate => candidate.Path == HostileCorpus.PathPrefix + file);
        var records = RecordCensus.Count(corpusFile.Path, corpusFile.Text);
        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var compiled = Compiled.Value.Find(record.Kind, record.Id!);
            Assert.True(compiled is not null, $"{record.Kind} '{record.Id}' is not in the compiled catalog");
            if (record.Kind == "section")
            {
                continue;
            }

            var runtime = RuntimeStrings.Of(compiled).ToHashSet(StringComparer.Ordinal);
            foreach (var expected in YamlStrings.Of(corpusFile.Text, record))
            {
                Assert.True(
                    runtime.Contains(expected) || runtime.Contains(PlainText.FromMarkdown(expected)),
                    $"{record.Kind} '{record.Id}': no runtime value equals {Escape(expected)} or its plain text");
            }
        }
    }

    private static string Escape(string value) =>
        string.Concat(value.Take(200).Select(character => character is >= ' ' and <= '~' ? character.ToString() : $"\\u{(int)character:X4}"));
}
