using System.IO;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Import;
using JapaneseLlm.Catalog.Cli.Import.Training;
using Xunit;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>How training-data cells are read into data-set mentions, and how far the registry covers the list's.</summary>
public sealed class DatasetMentionTests : IClassFixture<ImportFixture>
{
    private static readonly DatasetKnowledge Knowledge = new(new[]
    {
        Entry("mc4", "mC4", "Japanese mC4"),
        Entry("c4", "C4"),
        Entry("cc-100", "CC-100", "Japanese CC-100"),
        Entry("llm-jp-corpus", "llm-jp-corpus"),
        Entry("llm-jp-corpus-v3", "llm-jp-corpus-v3"),
        Entry("swallow-corpus-v3", "Swallow Corpus v3"),
        Entry("oasst1", "OASST1"),
        Entry("alpaca", "Alpaca", "Alpaca Dataset"),
    });

    private readonly ImportFixture import;

    public DatasetMentionTests(ImportFixture import) => this.import = import;

    [Theory]
    [InlineData("Japanese mC4 + C4", "mc4 c4")]
    [InlineData("llm-jp-corpus-v3の一部", "llm-jp-corpus-v3")]
    [InlineData("llm-jp-corpus (Wikipedia, Stack)", "llm-jp-corpus")]
    [InlineData("Swallow Corpus v3.2", "")]
    [InlineData("OASST12", "")]
    [InlineData("日本語 CC-100 と japanese cc-100", "cc-100 cc-100")]
    public void A_spelling_matches_as_a_whole_word_and_the_longest_wins(string text, string ids) =>
        Assert.Equal(ids, string.Join(" ", Knowledge.Matches(text).Select(match => match.Entry.Id)));

    [Fact]
    public void A_cell_is_read_as_labelled_lines_of_items_keeping_bracketed_sentences_and_numbers_whole()
    {
        var lines = TrainingCellReader.Read("事前学習: Japanese mC4, Alpaca (51.7K)<br>(計 **1.5T** トークン)<br>LLM-jp-3 (1.8b, 13b) に対して学習<br>視覚 (C4, OASST1)<br>*instruct モデルでは 4,000 件の Alpaca Dataset");
        Assert.Equal(new string?[] { "事前学習", null, null, null, null }, lines.Select(line => line.Label));
        Assert.Equal(new[] { "Japanese mC4", "Alpaca (51.7K)" }, lines[0].Items);
        Assert.Equal(new[] { "LLM-jp-3 (1.8b, 13b) に対して学習" }, lines[2].Items);
        Assert.Equal(new[] { "視覚", "C4", "OASST1" }, lines[3].Items);
        Assert.Equal(new[] { "*instruct モデルでは 4,000 件の Alpaca Dataset" }, lines[4].Items);
    }

    [Theory]
    [InlineData("Alpaca (51.7K)", "Resolved")]
    [InlineData("Japanese CC", "Unresolved")]
    [InlineData("Stockmark Web Corpus", "Unresolved")]
    [InlineData("独自のデータセット", "NotAName")]
    [InlineData("(計 2.1T トークン)", "NotAName")]
    [InlineData("LLM-jp-3 (1.8b, 13b) に対して Drop-Upcycling で学習", "NotAName")]
    [InlineData("日本語ビジネスニュース記事(300万記事)", "NotAName")]
    [InlineData("SFT + DPO", "NotAName")]
    [InlineData("*instruction-sft", "NotAName")]
    public void An_item_is_a_resolved_or_unresolved_name_or_no_name(string item, string kind) =>
        Assert.Equal(kind, DatasetMentions.In(item, Knowledge).First().Kind.ToString());

    [Fact]
    public void At_least_nine_in_ten_data_set_mentions_in_the_list_resolve_and_every_other_is_listed_at_its_row()
    {
        var coverage = import.Result.Report.Datasets;
        Assert.True(coverage.Mentions > 500, $"only {coverage.Mentions} mentions were read");
        Assert.True(coverage.Resolved >= 0.9 * coverage.Mentions, $"{coverage.Resolved} of {coverage.Mentions} resolved");
        Assert.Equal(coverage.Mentions - coverage.Resolved, coverage.Unresolved.Count);
        var readme = File.ReadAllLines(Path.Combine(TestPaths.Upstream, "README.md"));
        Assert.All(coverage.Unresolved, mention => Assert.StartsWith("| ", readme[mention.Line - 1]));
        Assert.Contains("Data sets named in training-data cells:", import.Result.Report.Format());
        Assert.True(coverage.Models.WithDatasets * 2 > coverage.Models.WithTrainingData, $"{coverage.Models.WithDatasets} of {coverage.Models.WithTrainingData} models have data-set ids");
    }

    private static DatasetEntry Entry(string id, string name, params string[] aliases) =>
        new(id, "registries/datasets.yaml") { Name = LocalizedText.Same(name), Aliases = aliases.ToEquatableArray() };
}
