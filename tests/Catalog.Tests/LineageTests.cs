using JapaneseLlm.Catalog.Authoring.Schema;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>Lineage in the typed catalog: base models as references, transitive ancestry, the derived-from query and per-variant licenses.</summary>
public sealed class LineageTests
{
    [Fact]
    public void The_runtime_relations_are_the_schemas_closed_set()
    {
        var spellings = Enum.GetValues<BaseRelation>().Where(relation => relation != BaseRelation.Unspecified).Select(relation => Json.CatalogJson.Spelling(relation));
        Assert.Equal(ClosedSets.BaseRelations, spellings);
        Assert.Equal(ClosedSets.DerivativeTerms, Json.CatalogJson.Spellings((DerivativeTerms)31));
    }

    [Fact]
    public void Foreign_base_models_are_typed_members_with_their_licenses_and_what_those_require()
    {
        var llama3 = BaseModels.Llama3;
        Assert.Equal("llama-3", llama3.Id);
        Assert.Equal("Meta", llama3.Developer);
        var license = Assert.Single(llama3.Licenses);
        Assert.Equal("llama3", license.Id);
        Assert.Equal(DerivativeTerms.KeepLicense | DerivativeTerms.Attribution | DerivativeTerms.Naming, license.Derivatives);
        Assert.Contains(8_000_000_000L, llama3.Parameters);
        Assert.Contains("meta-llama/Meta-Llama-3-8B", llama3.HuggingFaceIds);
        Assert.Same(llama3, JapaneseLlmCatalog.FindBaseModel("llama-3"));
    }

    [Fact]
    public void A_merge_names_catalog_models_and_foreign_bases_and_its_lineage_goes_through_them()
    {
        var merge = JapaneseLlmCatalog.FindModel("eques-medllama3-jp-v2")!;
        Assert.All(merge.BaseModels, link => Assert.Equal(BaseRelation.Merge, link.Relation));
        var swallow = Assert.Single(merge.BaseModels, link => link.Id == "llama-3-swallow-8b");
        Assert.True(swallow.IsCatalogModel);
        Assert.Same(JapaneseLlmCatalog.FindModel("llama-3-swallow-8b"), swallow.Model);
        var openBio = Assert.Single(merge.BaseModels, link => link.Id == "openbiollm-8b");
        Assert.False(openBio.IsCatalogModel);
        Assert.Same(BaseModels.Openbiollm8B, openBio.BaseModel);

        // Llama 3 is no direct base: it comes through Llama 3 Swallow and OpenBioLLM, after the direct bases, once.
        var lineage = merge.Lineage.Select(link => link.Id).ToList();
        Assert.Equal(merge.BaseModels.Select(link => link.Id), lineage.Take(merge.BaseModels.Count));
        Assert.Single(lineage, id => id == "llama-3");
        Assert.True(merge.DerivesFrom("llama-3"));
        Assert.False(merge.DerivesFrom("qwen2.5"));
    }

    [Fact]
    public void Derived_from_is_transitive_and_agrees_with_each_models_lineage()
    {
        var fromLlama3 = JapaneseLlmCatalog.Query().DerivedFrom(BaseModels.Llama3).Select(model => model.Id).ToList();
        Assert.Contains("llama-3-swallow-8b", fromLlama3);
        Assert.Contains("eques-medllama3-jp-v2", fromLlama3);
        var fromSwallow = JapaneseLlmCatalog.Query().DerivedFrom(JapaneseLlmCatalog.FindModel("llama-3-swallow-8b")!).Select(model => model.Id).ToList();
        Assert.Contains("eques-medllama3-jp-v2", fromSwallow);
        Assert.DoesNotContain("llama-3-swallow-8b", fromSwallow);
        Assert.Equal(
            JapaneseLlmCatalog.Models.Where(model => model.Lineage.Any(link => link.Id == "llama-3")).Select(model => model.Id),
            fromLlama3);
    }

    [Fact]
    public void At_least_95_percent_of_the_rows_that_name_a_base_resolve_to_one()
    {
        var derivatives = JapaneseLlmCatalog.Models.Where(model => model.BaseModel is not null).ToList();
        Assert.True(derivatives.Count >= 150, $"{derivatives.Count} rows name a base");
        var resolved = derivatives.Count(model => model.BaseModels.Any(link => link.Model is not null || link.BaseModel is not null));
        Assert.True(resolved >= 0.95 * derivatives.Count, $"{resolved} of {derivatives.Count} resolve");
    }

    [Fact]
    public void A_variants_look_up_gives_its_own_terms_and_falls_back_to_its_familys()
    {
        Assert.Equal(["cc-by-nc-4.0"], JapaneseLlmCatalog.LicensesOfVariant("pfnet/plamo-13b-instruct-nc").Select(license => license.Id));
        Assert.Equal(["apache-2.0"], JapaneseLlmCatalog.LicensesOfVariant("https://huggingface.co/pfnet/plamo-13b").Select(license => license.Id));
        Assert.True(JapaneseLlmCatalog.Instance.TryFindVariant("pfnet/plamo-13b", out var plamo, out var variant));
        Assert.Equal(CommercialUse.Allowed, variant.CommercialUse);
        Assert.Equal(CommercialUse.NotAllowed, plamo.CommercialUse);
        Assert.Same(plamo, variant.Family);

        Assert.True(JapaneseLlmCatalog.Instance.TryFindVariant("tokyotech-llm/Llama-3.1-Swallow-8B-Instruct-v0.3", out var swallow, out var instruct));
        Assert.Empty(instruct.Licenses);
        Assert.Equal(swallow.Licenses, instruct.EffectiveLicenses);
        Assert.Empty(JapaneseLlmCatalog.LicensesOfVariant("nobody/nothing"));
    }

    [Fact]
    public void A_cycle_ends_the_lineage_where_it_repeats()
    {
        Model? first = null;
        Model? second = null;
        second = new Model(Values("b", new BaseModelLink(new BaseModelLinkValues { Id = "a", Relation = BaseRelation.FineTuning, Model = () => first! })));
        first = new Model(Values("a", new BaseModelLink(new BaseModelLinkValues { Id = "b", Relation = BaseRelation.FineTuning, Model = () => second })));
        Assert.Equal(["b", "a"], first.Lineage.Select(link => link.Id));
        Assert.True(first.DerivesFrom("a"));
    }

    private static ModelValues Values(string id, BaseModelLink link) => new()
    {
        Id = id,
        Name = new LocalizedName(id, id, id),
        Section = "text-generation/post-training/general",
        Year = 2024,
        BaseModels = [link],
    };
}
