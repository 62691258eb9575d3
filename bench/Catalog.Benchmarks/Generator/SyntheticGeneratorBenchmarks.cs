using BenchmarkDotNet.Attributes;
using JapaneseLlm.Catalog.Performance.Infrastructure;
using JapaneseLlm.Catalog.Performance.Synthetic;

namespace JapaneseLlm.Catalog.Performance.Generator;

/// <summary>The generator on synthetic catalogs of 1,000 and 10,000 models: how its cost grows with the catalog.</summary>
public class SyntheticGeneratorBenchmarks : GeneratorBenchmarks
{
    [Params(1_000, 10_000)]
    public int Models { get; set; }

    private protected override bool IsSynthetic => true;

    private protected override IReadOnlyList<InMemoryAdditionalText> LoadCatalog() => SyntheticCatalog.Create(Models);
}
