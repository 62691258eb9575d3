using Xunit;

namespace JapaneseLlm.Catalog.Tests;

public sealed class LookupTests
{
    [Fact]
    public void Typed_members_are_the_same_instances_as_look_ups()
    {
        Assert.Same(JapaneseLlmCatalog.FindModel("sarashina2"), Models.Sarashina2);
        Assert.Same(JapaneseLlmCatalog.FindLicense("apache-2.0"), Licenses.Apache2_0);
        Assert.Same(JapaneseLlmCatalog.FindDeveloper("sb-intuitions"), Developers.SbIntuitions);
        Assert.Equal("Apache-2.0", Licenses.Apache2_0.SpdxId);
        Assert.Equal(CommercialUse.Allowed, Licenses.Apache2_0.CommercialUse);
    }

    [Fact]
    public void Hugging_Face_ids_are_constants_that_lead_to_their_model_and_variant()
    {
        const string repoId = HuggingFaceIds.Sarashina2.Sarashina2__70B;
        Assert.Equal("sbintuitions/sarashina2-70b", repoId);
        Assert.True(JapaneseLlmCatalog.TryFindVariant(repoId, out var model, out var variant));
        Assert.Same(Models.Sarashina2, model);
        Assert.Equal(70_000_000_000L, variant.Parameters);
        Assert.Equal("https://huggingface.co/sbintuitions/sarashina2-70b", variant.Url);
    }

    [Fact]
    public void Every_hugging_face_id_resolves_case_insensitively()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in JapaneseLlmCatalog.Models)
        {
            foreach (var variant in model.Variants.Where(variant => variant.HuggingFaceId is not null))
            {
                if (!seen.Add(variant.HuggingFaceId!))
                {
                    continue;
                }

                Assert.Same(model, JapaneseLlmCatalog.FindByHuggingFaceId(variant.HuggingFaceId!.ToUpperInvariant()));
                Assert.Same(model, JapaneseLlmCatalog.FindByHuggingFaceId(variant.HuggingFaceId.ToLowerInvariant()));
            }
        }

        Assert.True(seen.Count > 500, $"only {seen.Count} Hugging Face ids");
    }

    [Fact]
    public void Unknown_ids_find_nothing()
    {
        Assert.Null(JapaneseLlmCatalog.FindModel("no-such-model"));
        Assert.Null(JapaneseLlmCatalog.FindByHuggingFaceId("nobody/nothing"));
        Assert.False(JapaneseLlmCatalog.TryFindVariant("nobody/nothing", out _, out _));
        Assert.Throws<ArgumentNullException>(() => JapaneseLlmCatalog.FindByHuggingFaceId(null!));
    }

    [Fact]
    public void The_openai_terms_caveat_sits_on_the_ten_models_the_list_marks_and_the_ten_its_data_calls_for()
    {
        var flagged = JapaneseLlmCatalog.Models.Where(model => model.HasOpenAiTermsCaveat).ToList();
        Assert.Equal(20, flagged.Count);
        Assert.All(flagged, model => Assert.Contains(model.Datasets, dataset => dataset.IsGeneratedByOpenAiModels));
        Assert.All(flagged, model => Assert.Contains(model.Footnotes, attachment => attachment.Field == "licenses" && attachment.Footnote.IsOpenAiTermsCaveat));
    }
}
