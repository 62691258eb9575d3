using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>
/// Every kind of catalog file, described once: the parser takes its known keys and closed sets from here,
/// and <c>jllm schema</c> writes the JSON Schema files that editors validate against from the same description.
/// </summary>
public static class CatalogSchema
{
    /// <summary>The languages a localized text may give, as the mapping keys the parser accepts.</summary>
    public static readonly string[] LanguageKeys = { "ja", "en", "fr" };

    /// <summary>One entry per value of <c>kind:</c>, in the order <c>CatalogParser.Kinds</c> lists them.</summary>
    public static readonly IReadOnlyList<SchemaFile> Files = new[]
    {
        ModelSchema.File,
        BenchmarkSchema.File,
        PaperSchema.File,
        RegistrySchemas.Developers,
        RegistrySchemas.Licenses,
        RegistrySchemas.Datasets,
        RegistrySchemas.Footnotes,
        RegistrySchemas.Sections,
        RegistrySchemas.BaseModels,
        RegistrySchemas.Vocabulary,
    };
}
