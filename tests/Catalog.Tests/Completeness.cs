using JapaneseLlm.Catalog.Authoring.Text;
using Xunit;
using YamlRecords = JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>Nothing is lost between the YAML and the compiled catalog.</summary>
public sealed class CompletenessTests
{
    [Fact]
    public void The_committed_catalog_has_no_diagnostics()
    {
        var problems = CommittedCatalog.Files.SelectMany(file => file.Diagnostics).Concat(CommittedCatalog.Validated.Diagnostics)
            .Select(diagnostic => $"{diagnostic.Path}{diagnostic.Span}: {diagnostic.RuleId} {diagnostic.Message}");
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_yaml_file_contributes_its_entries_to_the_compiled_catalog()
    {
        var entries = CommittedCatalog.Files.SelectMany(file => file.Entries).ToList();
        Assert.All(CommittedCatalog.Files, file => Assert.True(file.Entries.Count > 0 || file.Diagnostics.Count > 0, file.Path));
        Assert.Equal(entries.OfType<YamlRecords.ModelRecord>().Count(), JapaneseLlmCatalog.Models.Count);
        Assert.Equal(entries.OfType<YamlRecords.BenchmarkRecord>().Count(), JapaneseLlmCatalog.Benchmarks.Count);
        Assert.Equal(entries.OfType<YamlRecords.PaperRecord>().Count(), JapaneseLlmCatalog.Papers.Count);
        Assert.Equal(entries.OfType<YamlRecords.DeveloperEntry>().Count(), JapaneseLlmCatalog.Developers.Count);
        Assert.Equal(entries.OfType<YamlRecords.LicenseEntry>().Count(), JapaneseLlmCatalog.Licenses.Count);
        Assert.Equal(entries.OfType<YamlRecords.DatasetEntry>().Count(), JapaneseLlmCatalog.Datasets.Count);
        Assert.Equal(entries.OfType<YamlRecords.FootnoteEntry>().Count(), JapaneseLlmCatalog.Footnotes.Count);
        Assert.True(JapaneseLlmCatalog.Models.Count > 300, $"only {JapaneseLlmCatalog.Models.Count} models");
    }

    [Fact]
    public void Every_model_carries_the_facts_of_its_yaml_record()
    {
        Assert.NotEmpty(CommittedCatalog.Validated.Models);
        foreach (var record in CommittedCatalog.Validated.Models)
        {
            var model = JapaneseLlmCatalog.FindModel(record.Id);
            Assert.NotNull(model);
            Assert.Equal(Plain(record.Name.Japanese), model.Name.Japanese);
            Assert.Equal(Plain(record.Name.English), model.Name.English);
            Assert.Equal(Plain(record.Name.French), model.Name.French);
            Assert.Equal(record.Year, model.Year);
            Assert.Equal(record.Developers.Select(developer => developer.Id), model.Developers.Select(developer => developer.Id));
            Assert.Equal(record.Licenses.Select(license => license.Id), model.Licenses.Select(license => license.Id));
            Assert.Equal(record.Variants.Select(variant => variant.HuggingFaceId), model.Variants.Select(variant => variant.HuggingFaceId));
            Assert.Equal(record.Variants.Select(variant => variant.Parameters), model.Variants.Select(variant => variant.Parameters));
            Assert.Equal(Plain(record.TrainingData?.Japanese), model.TrainingData?.Japanese);
            Assert.Equal(record.Variants.Select(variant => PlainText.FromMarkdown(variant.Label)), model.Variants.Select(variant => variant.Label));
            Assert.Equal(record.Parameters, model.Parameters);
            Assert.Equal(record.ActiveParameters, model.ActiveParameters);
            Assert.Equal(record.Undisclosed, model.Undisclosed);
            Assert.All(record.Undisclosed, field => Assert.True(model.IsUndisclosed(field)));
        }
    }

    /// <summary>The runtime holds the YAML's text reduced to plain text, and null where the YAML has none.</summary>
    private static string? Plain(string? markdown) => markdown is null ? null : PlainText.FromMarkdown(markdown);
}
