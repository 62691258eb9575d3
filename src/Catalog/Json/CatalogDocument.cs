using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Json;

// The JSON contract of the catalog, declared once and filled once: CatalogJson fills these types from the runtime's
// objects (for the converters on Model and LlmCatalog, and for `jllm export --format json`, which builds those objects
// from YAML records) and writes them with CatalogJsonContext. jllm compiles these files too, to generate
// catalog/schema/export.schema.json from them, so they use no runtime type: categories and commercial-use terms are
// the YAML's spellings ("text-generation", "not-allowed").

/// <summary>The whole catalog as one JSON document: each kind an object keyed by id, in ordinal id order.</summary>
public sealed class CatalogDocument
{
    /// <summary>What the document is.</summary>
    public string Title { get; set; } = CatalogTitle.Title;

    /// <summary>What the catalog holds.</summary>
    public string Description { get; set; } = CatalogTitle.Summary;

    /// <summary>The list the catalog is compiled from.</summary>
    public string Source { get; set; } = CatalogTitle.Source;

    /// <summary>How many entries of each kind the document holds.</summary>
    public CatalogCounts Counts { get; set; } = new();

    /// <summary>The models by id.</summary>
    public IReadOnlyDictionary<string, ModelDocument> Models { get; set; } = Keyed(Array.Empty<ModelDocument>(), model => model.Id);

    /// <summary>The benchmarks by id.</summary>
    public IReadOnlyDictionary<string, BenchmarkDocument> Benchmarks { get; set; } = Keyed(Array.Empty<BenchmarkDocument>(), benchmark => benchmark.Id);

    /// <summary>The papers by id.</summary>
    public IReadOnlyDictionary<string, PaperDocument> Papers { get; set; } = Keyed(Array.Empty<PaperDocument>(), paper => paper.Id);

    /// <summary>The developers by id.</summary>
    public IReadOnlyDictionary<string, DeveloperDocument> Developers { get; set; } = Keyed(Array.Empty<DeveloperDocument>(), developer => developer.Id);

    /// <summary>The licenses by id.</summary>
    public IReadOnlyDictionary<string, LicenseDocument> Licenses { get; set; } = Keyed(Array.Empty<LicenseDocument>(), license => license.Id);

    /// <summary>The training data sets by id.</summary>
    public IReadOnlyDictionary<string, DatasetDocument> Datasets { get; set; } = Keyed(Array.Empty<DatasetDocument>(), dataset => dataset.Id);

    /// <summary>The footnotes by id.</summary>
    public IReadOnlyDictionary<string, FootnoteDocument> Footnotes { get; set; } = Keyed(Array.Empty<FootnoteDocument>(), footnote => footnote.Id);

    /// <summary>The foreign base models by id.</summary>
    public IReadOnlyDictionary<string, BaseModelDocument> BaseModels { get; set; } = Keyed(Array.Empty<BaseModelDocument>(), entry => entry.Id);

    /// <summary>A document of these entries, keyed and counted as the contract has it.</summary>
    public static CatalogDocument Of(
        IEnumerable<ModelDocument> models,
        IEnumerable<BenchmarkDocument> benchmarks,
        IEnumerable<PaperDocument> papers,
        IEnumerable<DeveloperDocument> developers,
        IEnumerable<LicenseDocument> licenses,
        IEnumerable<DatasetDocument> datasets,
        IEnumerable<FootnoteDocument> footnotes,
        IEnumerable<BaseModelDocument>? baseModels = null)
    {
        var document = new CatalogDocument
        {
            Models = Keyed(models, model => model.Id),
            Benchmarks = Keyed(benchmarks, benchmark => benchmark.Id),
            Papers = Keyed(papers, paper => paper.Id),
            Developers = Keyed(developers, developer => developer.Id),
            Licenses = Keyed(licenses, license => license.Id),
            Datasets = Keyed(datasets, dataset => dataset.Id),
            Footnotes = Keyed(footnotes, footnote => footnote.Id),
            BaseModels = Keyed(baseModels ?? Array.Empty<BaseModelDocument>(), entry => entry.Id),
        };
        document.Counts = new CatalogCounts
        {
            Models = document.Models.Count,
            Benchmarks = document.Benchmarks.Count,
            Papers = document.Papers.Count,
            Developers = document.Developers.Count,
            Licenses = document.Licenses.Count,
            Datasets = document.Datasets.Count,
            Footnotes = document.Footnotes.Count,
            BaseModels = document.BaseModels.Count,
        };
        return document;
    }

    /// <summary>Ordinal id order, so that the document is the same on any culture; the first entry of an id wins.</summary>
    private static IReadOnlyDictionary<string, T> Keyed<T>(IEnumerable<T> entries, Func<T, string> id)
    {
        var keyed = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!keyed.ContainsKey(id(entry)))
            {
                keyed.Add(id(entry), entry);
            }
        }

        return keyed;
    }
}

/// <summary>How many entries of each kind a <see cref="CatalogDocument"/> holds.</summary>
public sealed class CatalogCounts
{
    /// <summary>Models.</summary>
    public int Models { get; set; }

    /// <summary>Benchmarks.</summary>
    public int Benchmarks { get; set; }

    /// <summary>Papers.</summary>
    public int Papers { get; set; }

    /// <summary>Developers.</summary>
    public int Developers { get; set; }

    /// <summary>Licenses.</summary>
    public int Licenses { get; set; }

    /// <summary>Training data sets.</summary>
    public int Datasets { get; set; }

    /// <summary>Footnotes.</summary>
    public int Footnotes { get; set; }

    /// <summary>Foreign base models.</summary>
    public int BaseModels { get; set; }
}
