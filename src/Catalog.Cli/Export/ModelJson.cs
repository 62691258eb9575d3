using System.Linq;
using System.Text.Json;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Query;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>
/// One model as JSON, the same in <c>jllm query --json</c> and <c>jllm export --format json</c>: snake_case keys as in
/// the YAML, texts as plain text per language, developers and licenses with their names so a script needs no join.
/// </summary>
internal static class ModelJson
{
    public static void Write(Utf8JsonWriter writer, ModelFacts model, CatalogContent catalog)
    {
        var record = model.Record;
        writer.WriteStartObject();
        writer.WriteString("id", record.Id);
        WriteText(writer, "name", record.Name);
        writer.WriteString("url", SafeLinks.Safe(record.Url));
        writer.WriteString("category", ExportVocabulary.Category(model.Category));
        writer.WriteString("section", record.Section);
        writer.WriteNumber("year", record.Year);
        writer.WriteString("announced", record.Announced);
        WriteText(writer, "architecture", record.Architecture);
        WriteText(writer, "base_model", record.BaseModel);
        WriteText(writer, "domain", record.Domain);
        WriteNumber(writer, "parameters", model.MaxParameters);
        WriteNumber(writer, "context_length", model.MaxContextLength);
        writer.WriteStartArray("developers");
        foreach (var reference in record.Developers)
        {
            writer.WriteStartObject();
            writer.WriteString("id", reference.Id);
            writer.WriteString("name", catalog.DevelopersById.TryGetValue(reference.Id, out var developer) ? ExportVocabulary.Plain(developer.Name, Language.En) : null);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("licenses");
        foreach (var license in model.Licenses)
        {
            writer.WriteStartObject();
            writer.WriteString("id", license.Id);
            writer.WriteString("name", ExportVocabulary.Plain(license.Name, Language.En));
            writer.WriteString("commercial_use", ExportVocabulary.CommercialUse(license.CommercialUse));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("commercial_use", ExportVocabulary.CommercialUse(model.CommercialUse));
        writer.WriteBoolean("openai_terms_caveat", model.HasOpenAiTermsCaveat);
        writer.WriteStartArray("variants");
        foreach (var variant in record.Variants)
        {
            writer.WriteStartObject();
            writer.WriteString("label", ExportVocabulary.Plain(variant.Label));
            writer.WriteString("huggingface_id", variant.HuggingFaceId);
            writer.WriteString("url", SafeLinks.Safe(ExportVocabulary.VariantUrl(variant)));
            WriteNumber(writer, "parameters", variant.Parameters);
            WriteNumber(writer, "active_parameters", variant.ActiveParameters);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteText(writer, "training_data", record.TrainingData);
        writer.WriteEndObject();
    }

    /// <summary>A text as <c>{ "ja", "en", "fr" }</c> in plain text, or null when the record has none.</summary>
    public static void WriteText(Utf8JsonWriter writer, string name, LocalizedText? text)
    {
        if (text is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        foreach (var language in new[] { Language.Ja, Language.En, Language.Fr })
        {
            var value = text[language];
            writer.WriteString(language.ToString().ToLowerInvariant(), value is null ? null : ExportVocabulary.Plain(value));
        }

        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static JsonWriterOptions Options => new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
