using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>The specs of the records of one catalog file that compile: built per file, so a keystroke builds one file's.</summary>
internal sealed record FileSpec(EquatableArray<ModelSpec> Models, EquatableArray<BenchmarkSpec> Benchmarks, EquatableArray<PaperSpec> Papers)
{
    public static readonly FileSpec Empty = new(EquatableArray<ModelSpec>.Empty, EquatableArray<BenchmarkSpec>.Empty, EquatableArray<PaperSpec>.Empty);
}
