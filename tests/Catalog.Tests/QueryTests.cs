using Xunit;

namespace JapaneseLlm.Catalog.Tests;

public sealed class QueryTests
{
    [Fact]
    public void Each_category_holds_the_models_of_its_sections()
    {
        foreach (var category in Enum.GetValues<ModelCategory>())
        {
            var models = JapaneseLlmCatalog.Query().InCategory(category).ToList();
            Assert.NotEmpty(models);
            Assert.All(models, model => Assert.Equal(category, model.Category));
        }

        Assert.Equal(JapaneseLlmCatalog.Models.Count, Enum.GetValues<ModelCategory>().Sum(category => JapaneseLlmCatalog.Query().InCategory(category).Count()));
    }

    [Fact]
    public void Commercially_usable_models_have_only_permissive_licenses_and_no_caveat()
    {
        var usable = JapaneseLlmCatalog.Query().CommerciallyUsable().ToList();
        Assert.NotEmpty(usable);
        Assert.All(usable, model =>
        {
            Assert.All(model.AllLicenses(), license => Assert.Equal(CommercialUse.Allowed, license.CommercialUse));
            Assert.False(model.HasOpenAiTermsCaveat);
        });
        Assert.DoesNotContain(JapaneseLlmCatalog.Query().WithCommercialUse(CommercialUse.NotAllowed), model => usable.Contains(model));
    }

    [Fact]
    public void Filters_compose()
    {
        var models = JapaneseLlmCatalog.Query()
            .InCategory(ModelCategory.TextGeneration)
            .FromYear(2024)
            .WithParameters(minimum: 7_000_000_000, maximum: 80_000_000_000)
            .WithContextLength(4096)
            .ByDeveloper(Developers.SbIntuitions)
            .ToList();
        Assert.Contains(Models.Sarashina2, models);
        Assert.All(models, model =>
        {
            Assert.Equal(ModelCategory.TextGeneration, model.Category);
            Assert.Contains(Developers.SbIntuitions, model.Developers);
            Assert.True(model.Year >= 2024);
            Assert.True(model.MaxContextLength >= 4096);
            Assert.Contains(model.Variants, variant => variant.Parameters is >= 7_000_000_000 and <= 80_000_000_000);
        });
    }

    [Fact]
    public void Architecture_license_section_and_base_model_filters_match_their_text()
    {
        var llama = JapaneseLlmCatalog.Query().WithArchitecture("llama").ToList();
        var mit = JapaneseLlmCatalog.Query().WithLicense(Licenses.Mit).ToList();
        var textGeneration = JapaneseLlmCatalog.Query().InSection("text-generation").ToList();
        Assert.Contains(Models.Sarashina2, llama);
        Assert.Contains(Models.Sarashina2, mit);
        Assert.Contains(Models.Sarashina2, textGeneration);
        Assert.All(llama, model => Assert.Contains("llama", (model.Architecture!.Japanese + model.Architecture.English + model.Architecture.French).ToLowerInvariant(), StringComparison.Ordinal));
        Assert.All(mit, model => Assert.Contains(Licenses.Mit, model.AllLicenses()));
        Assert.All(textGeneration, model => Assert.StartsWith("text-generation/", model.Section, StringComparison.Ordinal));
        Assert.All(new[] { llama.Count, mit.Count, textGeneration.Count }, count => Assert.InRange(count, 1, JapaneseLlmCatalog.Models.Count - 1));
        Assert.DoesNotContain(Models.Sarashina2, JapaneseLlmCatalog.Query().InSection("encoders"));
        Assert.All(JapaneseLlmCatalog.Query().WithBaseModel("Llama 3"), model =>
            Assert.Contains("llama 3", (model.BaseModel!.Japanese + model.BaseModel.English + model.BaseModel.French).ToLowerInvariant(), StringComparison.Ordinal));
        Assert.NotEmpty(JapaneseLlmCatalog.Query().WithBaseModel("Llama 3"));
    }

    [Fact]
    public void Released_since_keeps_the_models_with_a_repository_published_on_or_after_the_day()
    {
        var day = new DateTime(2025, 5, 1);
        var dated = JapaneseLlmCatalog.Models.Where(model => model.Variants.Any(variant => variant.Released is not null)).ToList();
        Assert.Contains(dated, model => model.Variants.All(variant => variant.Released is null || variant.Released < day));

        var models = JapaneseLlmCatalog.Query().ReleasedSince(day).ToList();
        Assert.NotEmpty(models);
        Assert.Equal(dated.Where(model => model.Variants.Any(variant => variant.Released >= day)), models);
        Assert.Contains(models, model => model.Variants.Any(variant => variant.Released == day));
    }
}
