using JapaneseLlm.Catalog.Authoring.Rules;
using JapaneseLlm.Catalog.Json;

namespace JapaneseLlm.Catalog.Cli.Compiled;

/// <summary>
/// jllm's one difference from the runtime's JSON: a link that is not an absolute http(s) URL (JLLM0214) is written
/// as null. The runtime keeps a link as the catalog compiled it, and the objects here must stay the generator's (the
/// agreement tests compare them), so the documents are cleaned after <see cref="CatalogJson"/> has filled them;
/// jllm never writes a <c>javascript:</c> link, even where the finding is suppressed or the catalog was not checked (issue 17).
/// </summary>
internal static class WritableLinks
{
    public static CatalogDocument Keep(CatalogDocument document)
    {
        foreach (var model in document.Models.Values)
        {
            Keep(model);
        }

        foreach (var benchmark in document.Benchmarks.Values)
        {
            benchmark.Url = Safe(benchmark.Url);
            benchmark.Urls = Safe(benchmark.Urls);
        }

        foreach (var paper in document.Papers.Values)
        {
            paper.Url = Safe(paper.Url);
        }

        foreach (var developer in document.Developers.Values)
        {
            developer.Url = Safe(developer.Url);
        }

        foreach (var license in document.Licenses.Values)
        {
            license.Url = Safe(license.Url);
        }

        foreach (var dataset in document.Datasets.Values)
        {
            dataset.Url = Safe(dataset.Url);
            dataset.GeneratedBySource = Safe(dataset.GeneratedBySource);
        }

        foreach (var entry in document.BaseModels.Values)
        {
            entry.Url = Safe(entry.Url);
        }

        return document;
    }

    public static ModelDocument Keep(ModelDocument model)
    {
        model.Url = Safe(model.Url);
        model.Urls = Safe(model.Urls);
        foreach (var variant in model.Variants)
        {
            variant.Url = Safe(variant.Url);
        }

        return model;
    }

    private static string? Safe(string? url) => EntryLinks.IsWritable(url) ? url : null;

    private static TextDocument? Safe(TextDocument? links) =>
        links is null ? null : new TextDocument { Ja = Safe(links.Ja), En = Safe(links.En), Fr = Safe(links.Fr) };
}
