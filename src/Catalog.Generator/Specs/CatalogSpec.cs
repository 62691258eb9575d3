using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>
/// Everything the emitters need, split so that each part caches on its own: one spec per record, one for
/// the registries and one for the look-up tables. Value-equatable all the way down.
/// </summary>
internal sealed record CatalogSpec(
    EquatableArray<ModelSpec> Models,
    EquatableArray<BenchmarkSpec> Benchmarks,
    EquatableArray<PaperSpec> Papers,
    RegistrySpec Registries,
    TableSpec Tables);
