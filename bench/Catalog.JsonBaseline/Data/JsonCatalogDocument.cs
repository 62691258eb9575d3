namespace JapaneseLlm.Catalog.JsonBaseline.Data;

/// <summary>
/// The whole catalog as one JSON document: the records with their references kept as ids, and the
/// registries those ids point into, each list sorted by id as the generated catalog is.
/// </summary>
public sealed record JsonCatalogDocument(
    IReadOnlyList<JsonModel> Models,
    IReadOnlyList<JsonBenchmark> Benchmarks,
    IReadOnlyList<JsonPaper> Papers,
    IReadOnlyList<JsonDeveloper> Developers,
    IReadOnlyList<JsonLicense> Licenses,
    IReadOnlyList<JsonDataset> Datasets,
    IReadOnlyList<JsonFootnote> Footnotes);
