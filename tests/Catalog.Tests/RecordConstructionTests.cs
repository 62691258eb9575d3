using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>
/// Records built from their <c>…Values</c> objects: what code compiled before a member existed leaves unset gets
/// its default, and a missing required value is named.
/// </summary>
public sealed class RecordConstructionTests
{
    private static readonly LocalizedName SomeName = new("名前", "Name", null);

    [Fact]
    public void A_model_with_only_its_required_values_has_empty_lists_and_no_optional_values()
    {
        var model = new Model(new ModelValues { Id = "m", Name = SomeName, Section = "text-generation" });

        Assert.Empty(model.ContextLengths);
        Assert.Empty(model.Developers);
        Assert.Empty(model.Licenses);
        Assert.Empty(model.Variants);
        Assert.Empty(model.Datasets);
        Assert.Empty(model.Footnotes);
        Assert.Empty(model.Undisclosed);
        Assert.Null(model.Url);
        Assert.Null(model.TrainingData);
        Assert.Null(model.MaxParameters);
        Assert.Equal(HuggingFaceSupport.Unknown, model.HuggingFaceSupport);
        Assert.Equal(CommercialUse.Unknown, model.CommercialUse);
    }

    [Theory]
    [InlineData("Id")]
    [InlineData("Name")]
    [InlineData("Section")]
    public void A_model_without_a_required_value_names_it(string missing)
    {
        var values = new ModelValues
        {
            Id = missing == "Id" ? null : "m",
            Name = missing == "Name" ? null : SomeName,
            Section = missing == "Section" ? null : "text-generation",
        };

        var error = Assert.Throws<ArgumentException>(() => new Model(values));
        Assert.Equal("values", error.ParamName);
        Assert.StartsWith(missing + " is required.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_records_name_their_missing_required_values()
    {
        Assert.StartsWith("Label is required.", Assert.Throws<ArgumentException>(() => new ModelVariant(new ModelVariantValues())).Message, StringComparison.Ordinal);
        Assert.StartsWith("Title is required.", Assert.Throws<ArgumentException>(() => new Paper(new PaperValues { Id = "p", Name = SomeName, Section = "papers" })).Message, StringComparison.Ordinal);
        Assert.StartsWith("Text is required.", Assert.Throws<ArgumentException>(() => new Footnote(new FootnoteValues { Id = "f" })).Message, StringComparison.Ordinal);
        Assert.StartsWith("Footnote is required.", Assert.Throws<ArgumentException>(() => new FootnoteAttachment(new FootnoteAttachmentValues { Field = "licenses" })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new License(null!));
    }

    [Fact]
    public void A_variant_on_the_hub_without_a_url_links_its_hub_page()
    {
        var variant = new ModelVariant(new ModelVariantValues { Label = "7b", HuggingFaceId = "owner/name-7b" });

        Assert.Equal("https://huggingface.co/owner/name-7b", variant.Url);
        Assert.Empty(variant.Licenses);
        Assert.Null(new ModelVariant(new ModelVariantValues { Label = "api" }).Url);
    }

    [Fact]
    public void A_catalog_without_a_table_has_no_entries_of_that_kind()
    {
        var catalog = new LlmCatalog(new LlmCatalogValues());

        Assert.Empty(catalog.Models);
        Assert.Empty(catalog.Footnotes);
        Assert.Null(catalog.FindModel("anything"));
        Assert.Null(catalog.FindByHuggingFaceId("owner/name"));
        Assert.Empty(catalog.Suggest(CatalogEntryKind.License, "mit"));
    }
}
