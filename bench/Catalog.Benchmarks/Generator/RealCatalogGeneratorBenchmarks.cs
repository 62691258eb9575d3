using JapaneseLlm.Catalog.Performance.Infrastructure;

namespace JapaneseLlm.Catalog.Performance.Generator;

/// <summary>The generator on the real catalog (catalog/**/*.yaml, read when the benchmark starts).</summary>
public class RealCatalogGeneratorBenchmarks : GeneratorBenchmarks
{
    private protected override IReadOnlyList<InMemoryAdditionalText> LoadCatalog() => CatalogFolder.ReadRealCatalog();
}
