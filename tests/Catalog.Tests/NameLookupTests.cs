using JapaneseLlm.Catalog.Lookup;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>Look-ups accept the forms users hold: SPDX ids, display names in any language, Hub links.</summary>
public sealed class NameLookupTests
{
    [Theory]
    [InlineData("Apache-2.0")]
    [InlineData("apache-2.0")]
    [InlineData("Apache 2.0")]
    [InlineData("  APACHE 2.0 ")]
    public void Licenses_are_found_by_id_spdx_id_and_name(string text) =>
        Assert.Same(Licenses.Apache2_0, JapaneseLlmCatalog.FindLicense(text));

    [Fact]
    public void A_license_name_written_with_a_non_breaking_hyphen_is_found_with_an_ascii_one()
    {
        var license = JapaneseLlmCatalog.FindLicense("cc-by-nc-4.0")!;
        Assert.Same(license, JapaneseLlmCatalog.FindLicense("CC BY-NC 4.0"));
        Assert.Same(license, JapaneseLlmCatalog.FindLicense("CC-BY-NC-4.0"));
    }

    [Theory]
    [InlineData("SB Intuitions")]
    [InlineData("sb intuitions")]
    [InlineData("sb-intuitions")]
    public void Developers_are_found_by_id_and_name(string text) =>
        Assert.Same(Developers.SbIntuitions, JapaneseLlmCatalog.FindDeveloper(text));

    [Fact]
    public void Every_entry_is_found_by_each_name_it_does_not_share()
    {
        AssertFoundByNames(JapaneseLlmCatalog.Developers, developer => developer.Id, developer => developer.Name, JapaneseLlmCatalog.FindDeveloper);
        AssertFoundByNames(JapaneseLlmCatalog.Licenses, license => license.Id, license => license.Name, JapaneseLlmCatalog.FindLicense);
        AssertFoundByNames(JapaneseLlmCatalog.Datasets, dataset => dataset.Id, dataset => dataset.Name, JapaneseLlmCatalog.FindDataset);
        AssertFoundByNames(JapaneseLlmCatalog.Models, model => model.Id, model => model.Name, JapaneseLlmCatalog.FindModel);
        AssertFoundByNames(JapaneseLlmCatalog.Benchmarks, benchmark => benchmark.Id, benchmark => benchmark.Name, JapaneseLlmCatalog.FindBenchmark);
    }

    [Fact]
    public void A_name_two_entries_share_finds_neither_and_suggest_offers_both()
    {
        var first = new Developer(new DeveloperValues { Id = "first", Name = new LocalizedName("共有名", "Shared Name", null) });
        var second = new Developer(new DeveloperValues { Id = "second", Name = new LocalizedName(null, "shared  name", "Autre") });
        var index = new NameIndex<Developer>([first, second], developer => developer.Id, developer => [developer.Name.Japanese, developer.Name.English, developer.Name.French]);

        Assert.Null(index.Find("Shared Name"));
        Assert.Same(first, index.Find("共有名"));
        Assert.Same(second, index.Find("AUTRE"));
        Assert.Same(second, index.Find("second"));
        Assert.Equal(["first", "second"], index.Suggest("shared name", max: 5));
    }

    [Theory]
    [InlineData("sbintuitions/sarashina2-7b")]
    [InlineData("SBINTUITIONS/SARASHINA2-7B")]
    [InlineData("https://huggingface.co/sbintuitions/sarashina2-7b")]
    [InlineData("http://www.huggingface.co/sbintuitions/sarashina2-7b/")]
    [InlineData("huggingface.co/sbintuitions/sarashina2-7b/tree/main?x=1#readme")]
    [InlineData("https://hf.co/sbintuitions/sarashina2-7b")]
    [InlineData("https://huggingface.co/sbintuitions/sarashina2-7b.git")]
    public void Hugging_Face_repos_are_found_by_id_or_hub_link(string text)
    {
        Assert.Same(Models.Sarashina2, JapaneseLlmCatalog.FindByHuggingFaceId(text));
        Assert.Same(Models.Sarashina2, JapaneseLlmCatalog.FindModel(text));
        Assert.True(JapaneseLlmCatalog.TryFindVariant(text, out var model, out var variant));
        Assert.Same(Models.Sarashina2, model);
        Assert.Equal("sbintuitions/sarashina2-7b", variant.HuggingFaceId);
    }

    [Theory]
    [InlineData("https://huggingface.co/datasets/sbintuitions/sarashina2-7b")]
    [InlineData("https://huggingface.co/spaces/sbintuitions/sarashina2-7b")]
    [InlineData("https://example.com/sbintuitions/sarashina2-7b")]
    [InlineData("example.com/sbintuitions/sarashina2-7b")]
    [InlineData("sbintuitions/sarashina2-7b/extra")]
    [InlineData("https://huggingface.co/sbintuitions")]
    [InlineData("")]
    public void Links_that_are_not_hub_model_repos_find_nothing(string text)
    {
        Assert.Null(JapaneseLlmCatalog.FindByHuggingFaceId(text));
        Assert.False(JapaneseLlmCatalog.TryFindVariant(text, out var model, out var variant));
        Assert.Null(model);
        Assert.Null(variant);
    }

    [Theory]
    [InlineData(CatalogEntryKind.Developer, "sb-intuitons", "sb-intuitions")]
    [InlineData(CatalogEntryKind.Developer, "SB Intuition", "sb-intuitions")]
    [InlineData(CatalogEntryKind.License, "apache 2", "apache-2.0")]
    [InlineData(CatalogEntryKind.Model, "sarashina-2", "sarashina2")]
    public void The_nearest_id_is_suggested_first(CatalogEntryKind kind, string typed, string expected) =>
        Assert.Equal(expected, JapaneseLlmCatalog.Suggest(kind, typed)[0]);

    [Fact]
    public void Nothing_is_suggested_for_text_far_from_every_id()
    {
        Assert.Empty(JapaneseLlmCatalog.Suggest(CatalogEntryKind.Developer, "zzzzzzzzzzzzzzzzzzzzzz"));
        Assert.Empty(JapaneseLlmCatalog.Suggest(CatalogEntryKind.License, "   "));
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseLlmCatalog.Suggest((CatalogEntryKind)42, "x"));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    [InlineData("sb-intuitons", "sb-intuitions", 1)]
    public void Edit_distance_counts_insertions_deletions_substitutions_and_swaps(string left, string right, int expected)
    {
        Assert.Equal(expected, LookupText.Distance(left, right));
        Assert.Equal(expected, LookupText.Distance(right, left));
    }

    private static void AssertFoundByNames<T>(IReadOnlyList<T> entries, Func<T, string> id, Func<T, LocalizedName> name, Func<string, T?> find)
        where T : class
    {
        var owners = entries
            .SelectMany(entry => Names(name(entry)).Select(text => (Key: LookupText.Normalize(text), Id: id(entry))))
            .Distinct()
            .GroupBy(pair => pair.Key)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Id).Distinct().Count());
        var ids = new HashSet<string>(entries.Select(id).Select(LookupText.Normalize));
        var checkedNames = 0;
        foreach (var entry in entries)
        {
            Assert.Same(entry, find(id(entry)));
            foreach (var text in Names(name(entry)).Where(text => owners[LookupText.Normalize(text)] == 1 && !ids.Contains(LookupText.Normalize(text))))
            {
                Assert.Same(entry, find(text));
                checkedNames++;
            }
        }

        Assert.True(checkedNames >= entries.Count / 2, $"only {checkedNames} names checked for {entries.Count} entries");
    }

    private static IEnumerable<string> Names(LocalizedName text) =>
        new[] { text.Japanese, text.English, text.French }.Where(value => !string.IsNullOrWhiteSpace(value));
}
