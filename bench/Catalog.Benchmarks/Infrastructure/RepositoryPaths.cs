using System.Reflection;

namespace JapaneseLlm.Catalog.Performance.Infrastructure;

/// <summary>The repository this program was built from (recorded at build time), where it finds catalog/, src/ and bench/.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } =
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value
        ?? throw new InvalidOperationException("The build did not record the repository root.");

    public static string Catalog => Combine("catalog");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);
}
