using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Validation;

/// <summary>
/// The catalog after cross-file checks: every entry that can be compiled (sorted by id within its kind,
/// so output never depends on file order) and the diagnostics for the ones that cannot.
/// </summary>
public sealed record ValidatedCatalog(
    EquatableArray<ModelRecord> Models,
    EquatableArray<BenchmarkRecord> Benchmarks,
    EquatableArray<PaperRecord> Papers,
    EquatableArray<DeveloperEntry> Developers,
    EquatableArray<LicenseEntry> Licenses,
    EquatableArray<DatasetEntry> Datasets,
    EquatableArray<FootnoteEntry> Footnotes,
    EquatableArray<SectionEntry> Sections,
    EquatableArray<CatalogDiagnostic> Diagnostics)
{
    /// <summary>The foreign base models (registries/base-models.yaml) whose references resolve, sorted by id.</summary>
    public EquatableArray<BaseModelEntry> BaseModels { get; init; } = EquatableArray<BaseModelEntry>.Empty;

    /// <summary>The list's fixed words (registries/vocabulary.yaml), for the tools only: nothing is generated from them.</summary>
    public EquatableArray<WordEntry> Vocabulary { get; init; } = EquatableArray<WordEntry>.Empty;
}
