using System.Diagnostics;
using JapaneseLlm.Catalog;
using JapaneseLlm.Catalog.ColdStart;
using static JapaneseLlm.Catalog.ColdStart.ColdStartReport;

// Timed from the first statement of Main: what a CLI or a serverless function waits for before its answer.
// Usage: first <model id> | hf <Hugging Face repo id> | all
var start = Stopwatch.GetTimestamp();
ColdStartReport.Print(start, args switch
{
    ["first", var id] => (1, Read(JapaneseLlmCatalog.FindModel(id) ?? throw new ArgumentException($"No model {id}"))),
    ["hf", var repoId] => (1, Read(JapaneseLlmCatalog.FindByHuggingFaceId(repoId) ?? throw new ArgumentException($"No model publishes {repoId}"))),
    ["all"] => Tally(
        JapaneseLlmCatalog.Models.Select(Read),
        JapaneseLlmCatalog.Benchmarks.Select(benchmark => benchmark.Id.Length + Length(benchmark.Name.English)),
        JapaneseLlmCatalog.Papers.Select(paper => (long)paper.Id.Length + paper.Title.Length),
        JapaneseLlmCatalog.Developers.Select(entry => (long)entry.Id.Length),
        JapaneseLlmCatalog.Licenses.Select(entry => (long)entry.Id.Length),
        JapaneseLlmCatalog.Datasets.Select(entry => (long)entry.Id.Length),
        JapaneseLlmCatalog.Footnotes.Select(entry => (long)entry.Id.Length)),
    _ => throw new ArgumentException("usage: first <model id> | hf <repo id> | all"),
});

// The fields a caller typically reads, including the resolved developers and licenses.
static long Read(Model model) =>
    model.Id.Length + Length(model.Name.English) + model.Variants.Count
    + model.Developers.Sum(developer => Length(developer.Name.English))
    + model.Licenses.Sum(license => (long)license.Id.Length)
    + model.Variants.Sum(variant => Length(variant.HuggingFaceId));
