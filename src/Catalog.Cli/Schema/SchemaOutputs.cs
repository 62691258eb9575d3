using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Schema;

/// <summary>What <c>jllm schema</c> writes: one JSON Schema per kind of file and one of the JSON export, and the reference page.</summary>
internal static class SchemaOutputs
{
    /// <summary>
    /// File name in the schema folder → content: the catalog files' schemas, accepting the ids <paramref name="ids"/>
    /// lists where a key refers to a registry, and the JSON export's.
    /// </summary>
    public static IReadOnlyDictionary<string, string> JsonSchemas(RegistryIds ids)
    {
        var schemas = CatalogSchema.Files.ToDictionary(file => file.FileName, file => JsonSchemaEmitter.Emit(file, ids));
        schemas.Add(ExportSchemaEmitter.FileName, ExportSchemaEmitter.Emit());
        return schemas;
    }

    public static string Documentation() => SchemaDocsEmitter.Emit(CatalogSchema.Files, SchemaExamples.All);
}
