using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using JapaneseLlm.Catalog.Cli.Compiled;
using JapaneseLlm.Catalog.Json;

namespace JapaneseLlm.Catalog.Cli.Query;

/// <summary><c>jllm query --json</c>: the matching models as a JSON array, each as in <c>jllm export --format json</c>.</summary>
internal static class QueryJsonWriter
{
    public static void Write(TextWriter output, IEnumerable<CompiledModel> models)
    {
        var options = CatalogJsonContext.Readable.Options;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = options.WriteIndented, NewLine = options.NewLine, Encoder = options.Encoder }))
        {
            writer.WriteStartArray();
            foreach (var model in models)
            {
                model.WriteJson(writer);
            }

            writer.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
