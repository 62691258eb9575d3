using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Schema;

/// <summary>What <c>jllm schema</c> writes: one JSON Schema per kind of file, and the reference page.</summary>
internal static class SchemaOutputs
{
    /// <summary>File name in the schema folder → content.</summary>
    public static IReadOnlyDictionary<string, string> JsonSchemas() =>
        CatalogSchema.Files.ToDictionary(file => file.FileName, JsonSchemaEmitter.Emit);

    public static string Documentation() => SchemaDocsEmitter.Emit(CatalogSchema.Files, SchemaExamples.All);
}
