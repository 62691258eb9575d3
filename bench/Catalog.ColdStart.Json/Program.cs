using System.Diagnostics;
using JapaneseLlm.Catalog.ColdStart;
using JapaneseLlm.Catalog.JsonBaseline;
using JapaneseLlm.Catalog.JsonBaseline.Data;
using static JapaneseLlm.Catalog.ColdStart.ColdStartReport;

// The same work as Catalog.ColdStart.Typed, against the JSON baseline: load the document, then read.
// Usage: first <model id> | hf <Hugging Face repo id> | all
var start = Stopwatch.GetTimestamp();
var catalog = JsonCatalog.Load();
var document = catalog.Document;
ColdStartReport.Print(start, args switch
{
    ["first", var id] => (1, Read(catalog.FindModel(id) ?? throw new ArgumentException($"No model {id}"))),
    ["hf", var repoId] => (1, Read(catalog.FindByHuggingFaceId(repoId) ?? throw new ArgumentException($"No model publishes {repoId}"))),
    ["all"] => Tally(
        document.Models.Select(Read),
        document.Benchmarks.Select(benchmark => benchmark.Id.Length + Length(benchmark.Name.En)),
        document.Papers.Select(paper => (long)paper.Id.Length + paper.Title.Length),
        document.Developers.Select(entry => (long)entry.Id.Length),
        document.Licenses.Select(entry => (long)entry.Id.Length),
        document.Datasets.Select(entry => (long)entry.Id.Length),
        document.Footnotes.Select(entry => (long)entry.Id.Length)),
    _ => throw new ArgumentException("usage: first <model id> | hf <repo id> | all"),
});

// References are ids here, so reading a developer's name is a dictionary look-up.
long Read(JsonModel model) =>
    model.Id.Length + Length(model.Name.En) + model.Variants.Count
    + model.Developers.Sum(developer => Length(catalog.Developer(developer).Name.En))
    + model.Licenses.Sum(license => (long)catalog.License(license).Id.Length)
    + model.Variants.Sum(variant => Length(variant.HuggingFaceId));
