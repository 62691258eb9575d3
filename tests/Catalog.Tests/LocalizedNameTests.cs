using System.Reflection;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>A record's name is there in every language, and says where it falls back.</summary>
public sealed class LocalizedNameTests
{
    [Fact]
    public void A_name_written_in_one_language_is_given_in_all_three_and_says_so()
    {
        var name = new LocalizedName("日本語名", null, null);

        Assert.Equal(("日本語名", "日本語名", "日本語名"), (name.Japanese, name.English, name.French));
        Assert.True(name.IsWrittenIn(CatalogLanguage.Japanese));
        Assert.False(name.IsWrittenIn(CatalogLanguage.English));
        Assert.Equal("日本語名", name.ToString());
    }

    [Fact]
    public void Each_language_falls_back_in_its_own_order()
    {
        var name = new LocalizedName("ja", "en", null);
        Assert.Equal(("ja", "en", "en"), (name.Get(CatalogLanguage.Japanese), name.Get(CatalogLanguage.English), name.Get(CatalogLanguage.French)));
        var french = new LocalizedName(null, null, "fr");
        Assert.Equal(("fr", "fr", "fr"), (french.Japanese, french.English, french.French));
    }

    [Fact]
    public void The_required_names_are_non_nullable_for_consumers_and_the_optional_texts_are_not()
    {
        var context = new NullabilityInfoContext();
        foreach (var type in new[] { typeof(Model), typeof(Developer), typeof(License), typeof(Dataset), typeof(Benchmark), typeof(Paper) })
        {
            var name = type.GetProperty("Name")!;
            Assert.Equal(typeof(LocalizedName), name.PropertyType);
            Assert.Equal(NullabilityState.NotNull, context.Create(name).ReadState);
        }

        foreach (var language in new[] { "Japanese", "English", "French" })
        {
            Assert.Equal(NullabilityState.NotNull, context.Create(typeof(LocalizedName).GetProperty(language)!).ReadState);
            Assert.Equal(NullabilityState.Nullable, context.Create(typeof(LocalizedText).GetProperty(language)!).ReadState);
        }
    }

    [Fact]
    public void Every_model_and_registry_entry_of_the_catalog_has_an_english_name()
    {
        var names = JapaneseLlmCatalog.Models.Select(model => model.Name)
            .Concat(JapaneseLlmCatalog.Developers.Select(developer => developer.Name))
            .Concat(JapaneseLlmCatalog.Licenses.Select(license => license.Name))
            .ToList();

        Assert.True(names.Count > 400);
        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name.English)));
    }
}
