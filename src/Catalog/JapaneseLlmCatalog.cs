using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace JapaneseLlm.Catalog;

/// <summary>
/// The bundled catalog of Japanese LLMs: every record, O(1) look-ups by id and by Hugging Face repo id, and
/// <see cref="Query"/> for filtering. All data is compiled in; nothing is read from disk or network.
/// </summary>
public static class JapaneseLlmCatalog
{
    /// <summary>The bundled catalog as an instance, for code that takes an <see cref="LlmCatalog"/>.</summary>
    public static LlmCatalog Instance => CatalogData.Instance;

    /// <inheritdoc cref="LlmCatalog.Models"/>
    public static IReadOnlyList<Model> Models => Instance.Models;

    /// <inheritdoc cref="LlmCatalog.Benchmarks"/>
    public static IReadOnlyList<Benchmark> Benchmarks => Instance.Benchmarks;

    /// <inheritdoc cref="LlmCatalog.Papers"/>
    public static IReadOnlyList<Paper> Papers => Instance.Papers;

    /// <inheritdoc cref="LlmCatalog.Developers"/>
    public static IReadOnlyList<Developer> Developers => Instance.Developers;

    /// <inheritdoc cref="LlmCatalog.Licenses"/>
    public static IReadOnlyList<License> Licenses => Instance.Licenses;

    /// <inheritdoc cref="LlmCatalog.Datasets"/>
    public static IReadOnlyList<Dataset> Datasets => Instance.Datasets;

    /// <inheritdoc cref="LlmCatalog.Footnotes"/>
    public static IReadOnlyList<Footnote> Footnotes => Instance.Footnotes;

    /// <inheritdoc cref="LlmCatalog.Query"/>
    public static ModelQuery Query() => Instance.Query();

    /// <inheritdoc cref="LlmCatalog.FindModel"/>
    public static Model? FindModel(string text) => Instance.FindModel(text);

    /// <inheritdoc cref="LlmCatalog.FindBenchmark"/>
    public static Benchmark? FindBenchmark(string text) => Instance.FindBenchmark(text);

    /// <inheritdoc cref="LlmCatalog.FindPaper"/>
    public static Paper? FindPaper(string text) => Instance.FindPaper(text);

    /// <inheritdoc cref="LlmCatalog.FindDeveloper"/>
    public static Developer? FindDeveloper(string text) => Instance.FindDeveloper(text);

    /// <inheritdoc cref="LlmCatalog.FindLicense"/>
    public static License? FindLicense(string text) => Instance.FindLicense(text);

    /// <inheritdoc cref="LlmCatalog.FindDataset"/>
    public static Dataset? FindDataset(string text) => Instance.FindDataset(text);

    /// <inheritdoc cref="LlmCatalog.BaseModels"/>
    public static IReadOnlyList<BaseModel> BaseModels => Instance.BaseModels;

    /// <inheritdoc cref="LlmCatalog.FindBaseModel"/>
    public static BaseModel? FindBaseModel(string id) => Instance.FindBaseModel(id);

    /// <inheritdoc cref="LlmCatalog.LicensesOfVariant"/>
    public static IReadOnlyList<License> LicensesOfVariant(string repoId) => Instance.LicensesOfVariant(repoId);

    /// <inheritdoc cref="LlmCatalog.FindByHuggingFaceId"/>
    public static Model? FindByHuggingFaceId(string repoId) => Instance.FindByHuggingFaceId(repoId);

    /// <inheritdoc cref="LlmCatalog.TryFindVariant"/>
    public static bool TryFindVariant(string repoId, [NotNullWhen(true)] out Model? model, [NotNullWhen(true)] out ModelVariant? variant) =>
        Instance.TryFindVariant(repoId, out model, out variant);

    /// <inheritdoc cref="LlmCatalog.Suggest"/>
    public static IReadOnlyList<string> Suggest(CatalogEntryKind kind, string text, int max = 3) => Instance.Suggest(kind, text, max);
}
