using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Compiled;

namespace JapaneseLlm.Catalog.Cli.Catalog;

/// <summary>
/// Everything in catalog/: the records and the registries. Sections and footnotes keep their registry
/// order (the list's order and its footnote numbering); the other registries are looked up by id.
/// </summary>
internal sealed class CatalogContent
{
    public CatalogContent(
        IReadOnlyList<SectionEntry> sections,
        IReadOnlyList<ModelRecord> models,
        IReadOnlyList<BenchmarkRecord> benchmarks,
        IReadOnlyList<PaperRecord> papers,
        IReadOnlyList<DeveloperEntry> developers,
        IReadOnlyList<LicenseEntry> licenses,
        IReadOnlyList<DatasetEntry> datasets,
        IReadOnlyList<FootnoteEntry> footnotes)
    {
        Sections = sections;
        Models = models;
        Benchmarks = benchmarks;
        Papers = papers;
        Developers = developers;
        Licenses = licenses;
        Datasets = datasets;
        Footnotes = footnotes;
        ModelIds = new HashSet<string>(models.Select(model => model.Id), System.StringComparer.Ordinal);
        DevelopersById = developers.GroupBy(entry => entry.Id).ToDictionary(group => group.Key, group => group.First());
        LicensesById = licenses.GroupBy(entry => entry.Id).ToDictionary(group => group.Key, group => group.First());
        FootnotesById = footnotes.GroupBy(entry => entry.Id).ToDictionary(group => group.Key, group => group.First());
    }

    private readonly IReadOnlyList<WordEntry> vocabulary = System.Array.Empty<WordEntry>();

    public IReadOnlyList<SectionEntry> Sections { get; }

    public IReadOnlyList<ModelRecord> Models { get; }

    public IReadOnlyList<BenchmarkRecord> Benchmarks { get; }

    public IReadOnlyList<PaperRecord> Papers { get; }

    public IReadOnlyList<DeveloperEntry> Developers { get; }

    public IReadOnlyList<LicenseEntry> Licenses { get; }

    public IReadOnlyList<DatasetEntry> Datasets { get; }

    public IReadOnlyList<FootnoteEntry> Footnotes { get; }

    /// <summary>The foreign base models (registries/base-models.yaml), by id order.</summary>
    public IReadOnlyList<BaseModelEntry> BaseModels { get; init; } = System.Array.Empty<BaseModelEntry>();

    /// <summary>The ids of the catalog's model records (the Japanese models, as against foreign base models).</summary>
    public IReadOnlySet<string> ModelIds { get; }

    /// <summary>The list's fixed words (registries/vocabulary.yaml), in registry order.</summary>
    public IReadOnlyList<WordEntry> Vocabulary
    {
        get => vocabulary;
        init
        {
            vocabulary = value;
            Words = new ListWords(value);
        }
    }

    /// <summary>The list's fixed words by meaning, with their spellings: what the renderer writes and the importer recognises.</summary>
    public ListWords Words { get; private init; } = ListWords.None;

    public IReadOnlyDictionary<string, DeveloperEntry> DevelopersById { get; }

    public IReadOnlyDictionary<string, LicenseEntry> LicensesById { get; }

    public IReadOnlyDictionary<string, FootnoteEntry> FootnotesById { get; }

    /// <summary>Every record and registry entry, for checks that look at all of them alike.</summary>
    public IEnumerable<CatalogEntry> Entries =>
        Models.Cast<CatalogEntry>().Concat(Benchmarks).Concat(Papers).Concat(Developers).Concat(Licenses).Concat(Datasets).Concat(Footnotes).Concat(Sections).Concat(BaseModels).Concat(Vocabulary);

    /// <summary>The records as the runtime's objects: what query, export and chart read the derived facts from.</summary>
    public CompiledCatalog Compile() => CompiledCatalog.Compile(Sections, Models, Benchmarks, Papers, Developers, Licenses, Datasets, Footnotes, BaseModels);

    /// <summary>The newest year of any model: the list shows it in bold.</summary>
    public int NewestYear => Models.Select(model => model.Year ?? 0).DefaultIfEmpty(0).Max();
}
