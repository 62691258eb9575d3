using JapaneseLlm.Catalog.Authoring;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>
/// The tooling's LocalizedText is the runtime's class (linked) plus value equality: records holding texts are
/// pipeline values, so two parses of one text must compare equal, and a change in any one language must not.
/// </summary>
public sealed class LocalizedTextTests
{
    [Fact]
    public void Texts_with_the_same_translations_are_equal_and_hash_alike()
    {
        var text = new LocalizedText("名前", "Name", null);
        var again = new LocalizedText(new string("名前".ToCharArray()), new string("Name".ToCharArray()), null);

        Assert.True(text.Equals(again));
        Assert.True(text == again);
        Assert.Equal(text.GetHashCode(), again.GetHashCode());
    }

    [Theory]
    [InlineData("別", "Name", null)]
    [InlineData("名前", "name", null)]
    [InlineData("名前", "Name", "Nom")]
    public void A_change_in_any_one_language_makes_another_text(string? japanese, string? english, string? french)
    {
        var text = new LocalizedText("名前", "Name", null);

        Assert.False(text.Equals(new LocalizedText(japanese, english, french)));
        Assert.True(text != new LocalizedText(japanese, english, french));
        Assert.False(text.Equals(null));
    }

    [Fact]
    public void The_indexer_gives_the_written_text_and_Get_falls_back_to_English_then_Japanese_then_French()
    {
        var noEnglish = new LocalizedText("名前", null, "Nom");

        Assert.Null(noEnglish[CatalogLanguage.English]);
        Assert.Equal("Nom", noEnglish.Get(CatalogLanguage.French));
        Assert.Equal("名前", noEnglish.Get(CatalogLanguage.English));
        Assert.Equal("Nom", new LocalizedText(null, null, "Nom").Get(CatalogLanguage.Japanese));
        Assert.Equal("Name", new LocalizedText("名前", "Name", null).Get(CatalogLanguage.French));
        Assert.Equal(string.Empty, new LocalizedText(null, null, null).Get(CatalogLanguage.English));
        Assert.True(LocalizedText.Same("x").IsSameInEveryLanguage);
        Assert.False(noEnglish.IsSameInEveryLanguage);
    }
}
