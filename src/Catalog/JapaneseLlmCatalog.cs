using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>
/// The catalog's entry point: every record, O(1) look-ups by id and by Hugging Face repo id, and
/// <see cref="Query"/> for filtering. All data is compiled in; nothing is read from disk or network.
/// </summary>
public static class JapaneseLlmCatalog
{
    /// <summary>Every model family, in id order.</summary>
    public static IReadOnlyList<Model> Models => ModelTable.Table.All;

    /// <summary>Every benchmark, in id order.</summary>
    public static IReadOnlyList<Benchmark> Benchmarks => BenchmarkTable.Table.All;

    /// <summary>Every paper, in id order.</summary>
    public static IReadOnlyList<Paper> Papers => PaperTable.Table.All;

    /// <summary>Every developer, in id order.</summary>
    public static IReadOnlyList<Developer> Developers => DeveloperTable.Table.All;

    /// <summary>Every license, in id order.</summary>
    public static IReadOnlyList<License> Licenses => LicenseTable.Table.All;

    /// <summary>Every data set, in id order.</summary>
    public static IReadOnlyList<Dataset> Datasets => DatasetTable.Table.All;

    /// <summary>Every footnote, in id order.</summary>
    public static IReadOnlyList<Footnote> Footnotes => FootnoteTable.Table.All;

    /// <summary>Starts a query over every model.</summary>
    public static ModelQuery Query() => new(Models);

    /// <summary>The model with catalog id <paramref name="id"/> (e.g. <c>llm-jp-3-172b</c>), or <see langword="null"/>.</summary>
    public static Model? FindModel(string id) => ModelTable.Table.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The benchmark with catalog id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public static Benchmark? FindBenchmark(string id) => BenchmarkTable.Table.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The developer with registry id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public static Developer? FindDeveloper(string id) => DeveloperTable.Table.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The license with registry id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public static License? FindLicense(string id) => LicenseTable.Table.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>
    /// The model one of whose variants is the Hugging Face repo <paramref name="repoId"/> (<c>owner/name</c>,
    /// compared case-insensitively as the Hub does), or <see langword="null"/>.
    /// </summary>
    public static Model? FindByHuggingFaceId(string repoId) =>
        HuggingFaceIndex.TryFind(repoId ?? throw new ArgumentNullException(nameof(repoId)), out var model, out _) ? ModelTable.Get(model) : null;

    /// <summary>Finds the model and the variant published as Hugging Face repo <paramref name="repoId"/>.</summary>
    public static bool TryFindVariant(string repoId, out Model model, out ModelVariant variant)
    {
        if (HuggingFaceIndex.TryFind(repoId ?? throw new ArgumentNullException(nameof(repoId)), out var modelIndex, out var variantIndex))
        {
            model = ModelTable.Get(modelIndex);
            variant = model.Variants[variantIndex];
            return true;
        }

        model = null!;
        variant = null!;
        return false;
    }
}
