using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Schema;

/// <summary>What <c>jllm schema</c> writes: one JSON Schema per kind of file, and the reference page.</summary>
internal static class SchemaOutputs
{
    /// <summary>File name in the schema folder → content, accepting the ids <paramref name="ids"/> lists where a key refers to a registry.</summary>
    public static IReadOnlyDictionary<string, string> JsonSchemas(RegistryIds ids) =>
        CatalogSchema.Files.ToDictionary(file => file.FileName, file => JsonSchemaEmitter.Emit(file, ids));

    public static string Documentation() => SchemaDocsEmitter.Emit(CatalogSchema.Files, SchemaExamples.All);
}
