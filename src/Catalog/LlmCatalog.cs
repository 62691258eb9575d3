using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace JapaneseLlm.Catalog;

/// <summary>
/// A compiled catalog: every record, O(1) look-ups by id and by Hugging Face repo id, and
/// <see cref="Query"/> for filtering. <see cref="JapaneseLlmCatalog"/> exposes the bundled one; a project
/// that compiles its own YAML catalog with JapaneseLlm.Catalog.Build gets its own instance.
/// </summary>
public sealed class LlmCatalog
{
    private readonly RecordTable<Model> models;
    private readonly RecordTable<Benchmark> benchmarks;
    private readonly RecordTable<Paper> papers;
    private readonly RecordTable<Developer> developers;
    private readonly RecordTable<License> licenses;
    private readonly RecordTable<Dataset> datasets;
    private readonly RecordTable<Footnote> footnotes;
    private readonly string huggingFaceRepoIds;
    private readonly Func<int[]> huggingFacePositions;
    private HuggingFaceIndex? huggingFaceIndex;

    /// <summary>Assembles a catalog from its generated tables. Called by generated code.</summary>
    /// <remarks>
    /// The Hugging Face table comes as data — the repo ids joined by line feeds and, for each, its model's index
    /// times 65,536 plus its variant's index — so that the first look-up compiles no large method.
    /// </remarks>
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
    {
        this.models = models;
        this.benchmarks = benchmarks;
        this.papers = papers;
        this.developers = developers;
        this.licenses = licenses;
        this.datasets = datasets;
        this.footnotes = footnotes;
        this.huggingFaceRepoIds = huggingFaceRepoIds;
        this.huggingFacePositions = huggingFacePositions;
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

    /// <summary>Starts a query over every model.</summary>
    public ModelQuery Query() => new(Models);

    /// <summary>The model with catalog id <paramref name="id"/> (e.g. <c>llm-jp-3-172b</c>), or <see langword="null"/>.</summary>
    public Model? FindModel(string id) => models.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The benchmark with catalog id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Benchmark? FindBenchmark(string id) => benchmarks.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The paper with catalog id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Paper? FindPaper(string id) => papers.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The developer with registry id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Developer? FindDeveloper(string id) => developers.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The license with registry id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public License? FindLicense(string id) => licenses.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The data set with registry id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Dataset? FindDataset(string id) => datasets.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>
    /// The model one of whose variants is the Hugging Face repo <paramref name="repoId"/> (<c>owner/name</c>,
    /// compared case-insensitively as the Hub does), or <see langword="null"/>.
    /// </summary>
    public Model? FindByHuggingFaceId(string repoId) =>
        HuggingFace.TryFind(repoId ?? throw new ArgumentNullException(nameof(repoId)), out var model, out _) ? models.Get(model) : null;

    /// <summary>Finds the model and the variant published as Hugging Face repo <paramref name="repoId"/>.</summary>
    public bool TryFindVariant(string repoId, out Model model, out ModelVariant variant)
    {
        if (HuggingFace.TryFind(repoId ?? throw new ArgumentNullException(nameof(repoId)), out var modelIndex, out var variantIndex))
        {
            model = models.Get(modelIndex);
            variant = model.Variants[variantIndex];
            return true;
        }

        model = null!;
        variant = null!;
        return false;
    }

    private HuggingFaceIndex HuggingFace =>
        Volatile.Read(ref huggingFaceIndex) ?? Interlocked.CompareExchange(ref huggingFaceIndex, new HuggingFaceIndex(huggingFaceRepoIds, huggingFacePositions()), null) ?? huggingFaceIndex!;
}
