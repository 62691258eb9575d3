using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using JapaneseLlm.Catalog.Lookup;

namespace JapaneseLlm.Catalog;

/// <summary>
/// A compiled catalog: every record, O(1) look-ups by id and by Hugging Face repo id, and
/// <see cref="Query"/> for filtering. <see cref="JapaneseLlmCatalog"/> exposes the bundled one; a project
/// that compiles its own YAML catalog with JapaneseLlm.Catalog.Build gets its own instance.
/// </summary>
public sealed partial class LlmCatalog
{
    private readonly RecordTable<Model> models;
    private readonly RecordTable<Benchmark> benchmarks;
    private readonly RecordTable<Paper> papers;
    private readonly RecordTable<Developer> developers;
    private readonly RecordTable<License> licenses;
    private readonly RecordTable<Dataset> datasets;
    private readonly RecordTable<Footnote> footnotes;
    private readonly RecordTable<BaseModel> baseModels;
    private readonly string huggingFaceRepoIds;
    private readonly Func<int[]> huggingFacePositions;
    private HuggingFaceIndex? huggingFaceIndex;
    private NameIndex<Model>? modelNames;
    private NameIndex<Benchmark>? benchmarkNames;
    private NameIndex<Paper>? paperNames;
    private NameIndex<Developer>? developerNames;
    private NameIndex<License>? licenseNames;
    private NameIndex<Dataset>? datasetNames;

    /// <summary>Assembles a catalog from its generated tables. Called by generated code.</summary>
    /// <remarks>
    /// The Hugging Face table comes as data — the repo ids joined by line feeds and, for each, its model's index
    /// times 65,536 plus its variant's index — so that the first look-up compiles no large method.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public LlmCatalog(LlmCatalogValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        models = values.Models ?? RecordTable<Model>.Empty;
        benchmarks = values.Benchmarks ?? RecordTable<Benchmark>.Empty;
        papers = values.Papers ?? RecordTable<Paper>.Empty;
        developers = values.Developers ?? RecordTable<Developer>.Empty;
        licenses = values.Licenses ?? RecordTable<License>.Empty;
        datasets = values.Datasets ?? RecordTable<Dataset>.Empty;
        footnotes = values.Footnotes ?? RecordTable<Footnote>.Empty;
        baseModels = values.BaseModels ?? RecordTable<BaseModel>.Empty;
        huggingFaceRepoIds = values.HuggingFaceRepoIds ?? string.Empty;
        huggingFacePositions = values.HuggingFacePositions ?? (static () => Array.Empty<int>());
    }

    /// <summary>Assembles a catalog; kept so that code compiled against 0.1.0 still binds. Use <see cref="LlmCatalog(LlmCatalogValues)"/>.</summary>
    [Obsolete(ObsoleteConstructor.Message)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public LlmCatalog(
        RecordTable<Model> models,
        RecordTable<Benchmark> benchmarks,
        RecordTable<Paper> papers,
        RecordTable<Developer> developers,
        RecordTable<License> licenses,
        RecordTable<Dataset> datasets,
        RecordTable<Footnote> footnotes,
        string huggingFaceRepoIds,
        Func<int[]> huggingFacePositions)
        : this(new LlmCatalogValues
        {
            Models = models,
            Benchmarks = benchmarks,
            Papers = papers,
            Developers = developers,
            Licenses = licenses,
            Datasets = datasets,
            Footnotes = footnotes,
            HuggingFaceRepoIds = huggingFaceRepoIds,
            HuggingFacePositions = huggingFacePositions,
        })
    {
    }

    /// <summary>Every model family, in id order.</summary>
    public IReadOnlyList<Model> Models => models.All;

    /// <summary>Every benchmark, in id order.</summary>
    public IReadOnlyList<Benchmark> Benchmarks => benchmarks.All;

    /// <summary>Every paper, in id order.</summary>
    public IReadOnlyList<Paper> Papers => papers.All;

    /// <summary>Every developer, in id order.</summary>
    public IReadOnlyList<Developer> Developers => developers.All;

    /// <summary>Every license, in id order.</summary>
    public IReadOnlyList<License> Licenses => licenses.All;

    /// <summary>Every data set, in id order.</summary>
    public IReadOnlyList<Dataset> Datasets => datasets.All;

    /// <summary>Every footnote, in id order.</summary>
    public IReadOnlyList<Footnote> Footnotes => footnotes.All;

    /// <summary>Every foreign base model (Llama, Qwen, Mistral, …), in id order.</summary>
    public IReadOnlyList<BaseModel> BaseModels => baseModels.All;

    /// <summary>The foreign base model with registry id <paramref name="id"/> (e.g. <c>llama-3</c>), or <see langword="null"/>.</summary>
    public BaseModel? FindBaseModel(string id) => baseModels.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>
    /// The licenses of the variant published as Hugging Face repo <paramref name="repoId"/>: the variant's own where
    /// they differ from its family's (PLaMo-13B's NC variant), else the family's; empty for a repo the catalog lacks.
    /// </summary>
    public IReadOnlyList<License> LicensesOfVariant(string repoId) =>
        TryFindVariant(repoId, out var model, out var variant) ? model.LicensesOf(variant) : Array.Empty<License>();

    /// <summary>Starts a query over every model.</summary>
    public ModelQuery Query() => new(Models);

    /// <summary>
    /// The model that <paramref name="text"/> names, or <see langword="null"/>: its catalog id (e.g.
    /// <c>llm-jp-3-172b</c>), its name in any of the list's languages (e.g. <c>Sarashina2</c>, case and spacing
    /// aside), or a Hugging Face repo id or Hub link of one of its variants. A name that two models share finds
    /// neither; <see cref="Suggest"/> lists them.
    /// </summary>
    public Model? FindModel(string text) =>
        models.Find(text ?? throw new ArgumentNullException(nameof(text)))
        ?? ModelNames.Find(text)
        ?? FindByHuggingFaceId(text);

    /// <summary>The benchmark with catalog id <paramref name="text"/>, or with that name in any language, or <see langword="null"/>.</summary>
    public Benchmark? FindBenchmark(string text) =>
        benchmarks.Find(text ?? throw new ArgumentNullException(nameof(text))) ?? BenchmarkNames.Find(text);

    /// <summary>The paper with catalog id <paramref name="text"/>, or with that name or title, or <see langword="null"/>.</summary>
    public Paper? FindPaper(string text) =>
        papers.Find(text ?? throw new ArgumentNullException(nameof(text))) ?? PaperNames.Find(text);

    /// <summary>
    /// The developer with registry id <paramref name="text"/> (e.g. <c>sb-intuitions</c>) or with that name in any
    /// language (e.g. <c>SB Intuitions</c>), or <see langword="null"/>.
    /// </summary>
    public Developer? FindDeveloper(string text) =>
        developers.Find(text ?? throw new ArgumentNullException(nameof(text))) ?? DeveloperNames.Find(text);

    /// <summary>
    /// The license with registry id <paramref name="text"/> (e.g. <c>apache-2.0</c>), SPDX id (<c>Apache-2.0</c>),
    /// Hugging Face license tag or name in any language, or <see langword="null"/>.
    /// </summary>
    public License? FindLicense(string text) =>
        licenses.Find(text ?? throw new ArgumentNullException(nameof(text))) ?? LicenseNames.Find(text);

    /// <summary>The data set with registry id <paramref name="text"/> or with that name, or <see langword="null"/>.</summary>
    public Dataset? FindDataset(string text) =>
        datasets.Find(text ?? throw new ArgumentNullException(nameof(text))) ?? DatasetNames.Find(text);

    /// <summary>
    /// The model one of whose variants is the Hugging Face repo <paramref name="repoId"/> (<c>owner/name</c>,
    /// compared case-insensitively as the Hub does, or a link to it such as
    /// <c>https://huggingface.co/owner/name</c>), or <see langword="null"/>.
    /// </summary>
    public Model? FindByHuggingFaceId(string repoId) =>
        TryFindPosition(repoId ?? throw new ArgumentNullException(nameof(repoId)), out var model, out _) ? models.Get(model) : null;

    /// <summary>Finds the model and the variant published as Hugging Face repo <paramref name="repoId"/> (an id or a Hub link).</summary>
    public bool TryFindVariant(string repoId, [NotNullWhen(true)] out Model? model, [NotNullWhen(true)] out ModelVariant? variant)
    {
        if (TryFindPosition(repoId ?? throw new ArgumentNullException(nameof(repoId)), out var modelIndex, out var variantIndex))
        {
            model = models.Get(modelIndex);
            variant = model.Variants[variantIndex];
            return true;
        }

        model = null;
        variant = null;
        return false;
    }

    /// <summary>
    /// The ids of the entries of <paramref name="kind"/> nearest to <paramref name="text"/> (by id, name or alias,
    /// allowing for typos), nearest first: what a "did you mean" message offers when a look-up finds nothing.
    /// </summary>
    public IReadOnlyList<string> Suggest(CatalogEntryKind kind, string text, int max = 3)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return kind switch
        {
            CatalogEntryKind.Model => ModelNames.Suggest(text, max),
            CatalogEntryKind.Benchmark => BenchmarkNames.Suggest(text, max),
            CatalogEntryKind.Paper => PaperNames.Suggest(text, max),
            CatalogEntryKind.Developer => DeveloperNames.Suggest(text, max),
            CatalogEntryKind.License => LicenseNames.Suggest(text, max),
            CatalogEntryKind.Dataset => DatasetNames.Suggest(text, max),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of catalog entry"),
        };
    }

    private bool TryFindPosition(string repoId, out int model, out int variant) =>
        HuggingFace.TryFind(repoId, out model, out variant)
        || (HuggingFaceRepoId.TryRead(repoId, out var read) && HuggingFace.TryFind(read, out model, out variant));

    private NameIndex<Model> ModelNames => Lazy(ref modelNames, () => new NameIndex<Model>(Models, entry => entry.Id, entry => Names(entry.Name)));

    private NameIndex<Benchmark> BenchmarkNames => Lazy(ref benchmarkNames, () => new NameIndex<Benchmark>(Benchmarks, entry => entry.Id, entry => Names(entry.Name)));

    private NameIndex<Paper> PaperNames => Lazy(ref paperNames, () => new NameIndex<Paper>(Papers, entry => entry.Id, entry => [.. Names(entry.Name), entry.Title]));

    private NameIndex<Developer> DeveloperNames => Lazy(ref developerNames, () => new NameIndex<Developer>(Developers, entry => entry.Id, entry => Names(entry.Name)));

    private NameIndex<License> LicenseNames => Lazy(ref licenseNames, () => new NameIndex<License>(Licenses, entry => entry.Id, entry => [entry.SpdxId, entry.HuggingFaceId, .. Names(entry.Name)]));

    private NameIndex<Dataset> DatasetNames => Lazy(ref datasetNames, () => new NameIndex<Dataset>(Datasets, entry => entry.Id, entry => Names(entry.Name)));

    private static string?[] Names(LocalizedName name) => [name.Japanese, name.English, name.French];

    private static TIndex Lazy<TIndex>(ref TIndex? field, Func<TIndex> build)
        where TIndex : class =>
        Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, build(), null) ?? field!;

    private HuggingFaceIndex HuggingFace =>
        Volatile.Read(ref huggingFaceIndex) ?? Interlocked.CompareExchange(ref huggingFaceIndex, new HuggingFaceIndex(huggingFaceRepoIds, huggingFacePositions()), null) ?? huggingFaceIndex!;
}
