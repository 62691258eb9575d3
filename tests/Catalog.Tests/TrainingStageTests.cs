using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Json;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>Training stages and data sets in the typed catalog: the enum against the schema, and what the catalog says.</summary>
public sealed class TrainingStageTests
{
    [Fact]
    public void The_runtime_enum_has_exactly_the_schemas_stages_in_the_exports_spelling()
    {
        Assert.Equal(ClosedSets.TrainingStages.OrderBy(stage => stage, StringComparer.Ordinal), Enum.GetValues<TrainingStageKind>().Select(CatalogJson.Spelling).OrderBy(stage => stage, StringComparer.Ordinal));
    }

    [Fact]
    public void A_stage_names_its_data_sets_as_registry_entries_and_the_variants_it_applies_to()
    {
        var plamo = JapaneseLlmCatalog.Models.Single(model => model.Id == "plamo-13b");
        var pretraining = plamo.TrainingStages.Single(stage => stage.Stage == TrainingStageKind.Pretraining);
        Assert.Equal("1.5T", pretraining.Tokens);
        Assert.Contains(pretraining.Datasets, dataset => dataset.Id == "mc4");
        var nc = plamo.TrainingStages.Single(stage => stage.AppliesTo == "NC");
        Assert.Equal(TrainingStageKind.InstructionTuning, nc.Stage);
        var alpaca = Assert.Single(nc.Datasets);
        Assert.Same(JapaneseLlmCatalog.FindDataset("alpaca"), alpaca);
        Assert.Equal(new[] { "openai" }, alpaca.GeneratedBy);
        Assert.StartsWith("https://", alpaca.GeneratedBySource);
        Assert.True(nc.UsesOpenAiGeneratedData);
        Assert.False(pretraining.UsesOpenAiGeneratedData);
    }

    [Fact]
    public void Every_stage_data_set_is_among_the_models_data_sets()
    {
        var stages = 0;
        foreach (var model in JapaneseLlmCatalog.Models)
        {
            foreach (var stage in model.TrainingStages)
            {
                stages++;
                Assert.All(stage.Datasets, dataset => Assert.Contains(dataset, model.Datasets));
            }
        }

        Assert.True(stages > 100, $"only {stages} training stages");
    }

    [Fact]
    public void Trained_on_and_output_terms_risk_queries_agree_with_the_data()
    {
        var alpaca = JapaneseLlmCatalog.FindDataset("alpaca")!;
        var trained = JapaneseLlmCatalog.Query().TrainedOn(alpaca).ToList();
        Assert.Contains(trained, model => model.Id == "plamo-13b");
        Assert.All(trained, model => Assert.True(model.IsTrainedOn(alpaca)));
        Assert.Equal(trained.Select(model => model.Id), JapaneseLlmCatalog.Query().TrainedOn("alpaca").Select(model => model.Id));

        var safe = JapaneseLlmCatalog.Query().WithoutOutputTermsRisk().ToList();
        Assert.DoesNotContain(safe, model => model.Datasets.Any(dataset => dataset.IsGeneratedByOpenAiModels));
        Assert.DoesNotContain(safe, model => model.HasOpenAiTermsCaveat);
        Assert.All(trained, model => Assert.DoesNotContain(model, safe));
        Assert.All(JapaneseLlmCatalog.Models.Where(model => model.HasOutputTermsRisk), model => Assert.True(model.HasOpenAiTermsCaveat, $"{model.Id} was trained on OpenAI-generated data but carries no caveat"));
    }

    [Fact]
    public void Trained_on_outputs_of_a_maker_follows_the_registrys_generators()
    {
        var meta = JapaneseLlmCatalog.Query().TrainedOnOutputsOf("meta").ToList();
        Assert.NotEmpty(meta);
        Assert.All(meta, model => Assert.Contains(model.Datasets, dataset => dataset.GeneratedBy.Contains("meta")));
        var openAi = JapaneseLlmCatalog.Query().TrainedOnOutputsOf("OpenAI").Select(model => model.Id).ToHashSet();
        Assert.Equal(JapaneseLlmCatalog.Models.Where(model => model.Datasets.Any(dataset => dataset.IsGeneratedByOpenAiModels)).Select(model => model.Id).ToHashSet(), openAi);
        Assert.Empty(JapaneseLlmCatalog.Query().TrainedOnOutputsOf("no-such-maker"));
    }

    [Fact]
    public void The_output_terms_risk_is_the_variants_that_the_openai_generated_stage_applies_to()
    {
        var plamo = JapaneseLlmCatalog.Models.Single(model => model.Id == "plamo-13b");
        Assert.True(plamo.HasOutputTermsRisk);
        var risky = plamo.Variants.Where(plamo.HasOutputTermsRiskFor).Select(variant => variant.Label).ToList();
        Assert.Equal(new[] { "13b-instruct-nc" }, risky);

        var weblab = JapaneseLlmCatalog.Models.Single(model => model.Id == "weblab-10b");
        Assert.Equal(new[] { "10b-instruction-sft" }, weblab.Variants.Where(weblab.HasOutputTermsRiskFor).Select(variant => variant.Label));

        // Without stages to place the data, every variant of a model at risk is.
        foreach (var model in JapaneseLlmCatalog.Models.Where(model => model.HasOutputTermsRisk && !model.TrainingStages.Any(stage => stage.UsesOpenAiGeneratedData)))
        {
            Assert.All(model.Variants, variant => Assert.True(model.HasOutputTermsRiskFor(variant), $"{model.Id} {variant.Label}"));
        }

        Assert.All(JapaneseLlmCatalog.Models.Where(model => !model.HasOutputTermsRisk), model => Assert.DoesNotContain(model.Variants, model.HasOutputTermsRiskFor));
    }

    [Fact]
    public void Data_sets_reach_the_json_contract_with_their_stages_languages_and_generators()
    {
        var document = CatalogJson.ToDocument(JapaneseLlmCatalog.Instance);
        var plamo = document.Models["plamo-13b"];
        Assert.Contains(plamo.Training, stage => stage.Stage == "instruction-tuning" && stage.AppliesTo == "NC" && stage.Datasets.SequenceEqual(new[] { "alpaca" }));
        var alpaca = document.Datasets["alpaca"];
        Assert.Equal(new[] { "openai" }, alpaca.GeneratedBy);
        Assert.Equal(new[] { "en" }, alpaca.Languages);
        Assert.NotNull(alpaca.License);
    }

    [Fact]
    public void The_xml_docs_name_each_stages_data_sets_and_the_caveat_the_catalog_adds()
    {
        var xml = System.Xml.Linq.XDocument.Load(Path.ChangeExtension(typeof(Model).Assembly.Location, ".xml"));
        var plamo = xml.Descendants("member").Single(member => (string?)member.Attribute("name") == "P:JapaneseLlm.Catalog.Models.Plamo13B");
        var remarks = plamo.Element("remarks")!.Value;
        Assert.Contains("pretraining on C4, Project Gutenberg, RedPajama, Wikipedia, mC4 (1.5T tokens)", remarks);
        Assert.Contains("instruction-tuning (NC) on Alpaca.", remarks);
        Assert.Contains("the catalog adds it for Alpaca.", remarks);
    }
}
