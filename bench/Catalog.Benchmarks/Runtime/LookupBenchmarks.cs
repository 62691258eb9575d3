using BenchmarkDotNet.Attributes;
using JapaneseLlm.Catalog;
using TypedModel = JapaneseLlm.Catalog.Model;
using JapaneseLlm.Catalog.JsonBaseline;
using JapaneseLlm.Catalog.JsonBaseline.Data;

namespace JapaneseLlm.Catalog.Performance.Runtime;

/// <summary>
/// Warm look-ups, the typed catalog against the JSON baseline's dictionaries: by Hugging Face repo id
/// (case-insensitive on both sides) and by catalog id. The ids are those of the middle model.
/// </summary>
[Config(typeof(Report.SuiteConfig))]
public class LookupBenchmarks
{
    private JsonCatalog json = null!;
    private string modelId = null!;
    private string repoId = null!;

    [GlobalSetup]
    public void Setup()
    {
        (modelId, repoId) = SampleIds.Middle();
        json = JsonCatalog.Load();
        if (JapaneseLlmCatalog.FindByHuggingFaceId(repoId)?.Id != json.FindByHuggingFaceId(repoId)?.Id)
        {
            throw new InvalidOperationException($"The typed catalog and the JSON baseline disagree on {repoId}.");
        }
    }

    [Benchmark]
    public TypedModel? FindByHuggingFaceId() => JapaneseLlmCatalog.FindByHuggingFaceId(repoId);

    [Benchmark]
    public JsonModel? JsonFindByHuggingFaceId() => json.FindByHuggingFaceId(repoId);

    [Benchmark]
    public TypedModel? FindModel() => JapaneseLlmCatalog.FindModel(modelId);

    [Benchmark]
    public JsonModel? JsonFindModel() => json.FindModel(modelId);
}
