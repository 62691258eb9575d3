using JapaneseLlm.Catalog.Robustness.Support;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>The whole hostile corpus built once as one catalog, shared by the tests that read its results.</summary>
internal static class CorpusBuild
{
    private static readonly Lazy<CatalogBuild> Build = new(() => CatalogBuild.Of(HostileCorpus.All));

    public static CatalogBuild Value => Build.Value;
}
