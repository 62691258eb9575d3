using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Query;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>
/// The whole catalog as one JSON document, in the manner of models.dev's api.json: each kind an object keyed
/// by id, so a script can look a model up without scanning. Deterministic: no timestamp, entries in id order.
/// </summary>
internal static class CatalogJsonExporter
{
    public static string Export(CatalogContent catalog)
    {
        var models = ModelFacts.All(catalog);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ModelJson.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("title", CatalogTitle.Title);
            writer.WriteString("description", CatalogTitle.Summary);
            writer.WriteString("source", CatalogTitle.Source);
            writer.WriteStartObject("counts");
            writer.WriteNumber("models", models.Count);
            writer.WriteNumber("benchmarks", catalog.Benchmarks.Count);
            writer.WriteNumber("papers", catalog.Papers.Count);
            writer.WriteNumber("developers", catalog.Developers.Count);
            writer.WriteNumber("licenses", catalog.Licenses.Count);
            writer.WriteEndObject();
            WriteKeyed(writer, "models", models, model => model.Record.Id, model => ModelJson.Write(writer, model, catalog));
            WriteKeyed(writer, "benchmarks", catalog.Benchmarks, benchmark => benchmark.Id, benchmark =>
            {
                writer.WriteStartObject();
                writer.WriteString("id", benchmark.Id);
                ModelJson.WriteText(writer, "name", benchmark.Name);
                writer.WriteString("url", SafeLinks.Safe(benchmark.Url));
                writer.WriteString("section", benchmark.Section);
                ModelJson.WriteText(writer, "description", benchmark.Description);
                WriteStrings(writer, "developers", benchmark.Developers.Select(reference => reference.Id));
                writer.WriteEndObject();
            });
            WriteKeyed(writer, "papers", catalog.Papers, paper => paper.Id, paper =>
            {
                writer.WriteStartObject();
                writer.WriteString("id", paper.Id);
                ModelJson.WriteText(writer, "name", paper.Name);
                writer.WriteString("title", paper.Title);
                writer.WriteString("url", SafeLinks.Safe(paper.Url));
                writer.WriteString("published", paper.Published);
                writer.WriteString("venue", paper.Venue);
                writer.WriteEndObject();
            });
            WriteKeyed(writer, "developers", catalog.Developers, developer => developer.Id, developer =>
            {
                writer.WriteStartObject();
                writer.WriteString("id", developer.Id);
                ModelJson.WriteText(writer, "name", developer.Name);
                writer.WriteBoolean("individual", developer.Individual);
                writer.WriteString("url", SafeLinks.Safe(developer.Url));
                writer.WriteEndObject();
            });
            WriteKeyed(writer, "licenses", catalog.Licenses, license => license.Id, license =>
            {
                writer.WriteStartObject();
                writer.WriteString("id", license.Id);
                ModelJson.WriteText(writer, "name", license.Name);
                writer.WriteString("spdx", license.Spdx);
                writer.WriteString("huggingface", license.HuggingFaceLicense);
                writer.WriteString("commercial_use", ExportVocabulary.CommercialUse(license.CommercialUse));
                writer.WriteString("url", SafeLinks.Safe(license.Url));
                writer.WriteEndObject();
            });
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteKeyed<T>(Utf8JsonWriter writer, string name, IEnumerable<T> entries, System.Func<T, string> id, System.Action<T> write)
    {
        writer.WriteStartObject(name);
        foreach (var entry in entries.OrderBy(id, System.StringComparer.Ordinal))
        {
            writer.WritePropertyName(id(entry));
            write(entry);
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
