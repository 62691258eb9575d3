using System;

namespace JapaneseLlm.Catalog.Cli.Yaml;

/// <summary>Where each catalog file lives, relative to catalog/, and the schema its modeline names.</summary>
internal static class CatalogLayout
{
    public const string RegistriesFolder = "registries";

    public static string ModelPath(string section, string id) => $"models/{Folder(section, "models")}/{id}.yaml";

    public static string BenchmarkPath(string section, string id) => $"benchmarks/{Folder(section, "benchmarks")}/{id}.yaml";

    public static string PaperPath(string section, string id) => $"papers/{Folder(section, "papers")}/{id}.yaml";

    /// <summary>The registry file of <paramref name="kind"/>: <c>registries/licenses.yaml</c>, <c>registries/base-models.yaml</c> (file names use '-').</summary>
    public static string RegistryPath(string kind) => $"{RegistriesFolder}/{kind.Replace('_', '-')}.yaml";

    /// <summary>The editor modeline that points a file at its kind's JSON schema in catalog/schema/.</summary>
    public static string Modeline(string relativePath, string kind)
    {
        var depth = relativePath.Split('/').Length - 1;
        var up = string.Concat(System.Linq.Enumerable.Repeat("../", depth));
        return $"yaml-language-server: $schema={up}schema/{kind}.schema.json";
    }

    /// <summary>The section's folder: its id, without a first segment that repeats the kind's folder.</summary>
    private static string Folder(string section, string kindFolder) =>
        section.StartsWith(kindFolder + "/", StringComparison.Ordinal) ? section.Substring(kindFolder.Length + 1) : section;
}
