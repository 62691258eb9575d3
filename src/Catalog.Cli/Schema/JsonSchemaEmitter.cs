using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Schema;

/// <summary>
/// Writes one kind of catalog file's description as a JSON Schema (draft-07, which every yaml-language-server
/// release reads). Unknown keys are rejected (<c>additionalProperties: false</c>), as the parser rejects them.
/// </summary>
internal static class JsonSchemaEmitter
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Keep the descriptions' Japanese and typographic characters readable in the committed files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema of <paramref name="file"/>; keys that refer to a registry accept the ids <paramref name="ids"/> lists.</summary>
    public static string Emit(SchemaFile file, RegistryIds ids)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", Draft);
            writer.WriteString("title", file.Title);
            WriteObjectBody(writer, file.Root, ids);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteObjectBody(Utf8JsonWriter writer, SchemaObject mapping, RegistryIds ids)
    {
        writer.WriteString("description", mapping.Description);
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var property in mapping.Properties)
        {
            writer.WriteStartObject(property.Key);
            WriteProperty(writer, property, ids);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        var required = mapping.Properties.Where(property => property.Required).Select(property => property.Key).ToList();
        if (required.Count > 0)
        {
            writer.WriteStartArray("required");
            required.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        }

        var requiredWith = mapping.Properties.Where(property => property.RequiredWith is not null).ToList();
        if (requiredWith.Count > 0)
        {
            writer.WriteStartObject("dependencies");
            foreach (var property in requiredWith)
            {
                writer.WriteStartArray(property.RequiredWith!);
                writer.WriteStringValue(property.Key);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteBoolean("additionalProperties", false);
    }

    private static void WriteProperty(Utf8JsonWriter writer, SchemaProperty property, RegistryIds ids)
    {
        var known = property.References is { } registry ? ids.For(registry) : Array.Empty<(string Id, string Description)>();
        writer.WriteString("description", property.Description);
        switch (property.Shape)
        {
            case ValueShape.Kind:
                writer.WriteString("type", "string");
                writer.WriteString("const", property.Values![0]);
                break;
            case ValueShape.Text:
                writer.WriteString("type", "string");
                WriteEnum(writer, property);
                if (property.Pattern is not null)
                {
                    writer.WriteString("pattern", property.Pattern);
                }

                if (property.Link)
                {
                    writer.WriteString("format", "uri");
                }

                break;
            case ValueShape.LocalizedText:
                WriteLocalizedText(writer);
                break;
            case ValueShape.Integer:
                writer.WriteString("type", "integer");
                WriteMinimum(writer, property);
                break;
            case ValueShape.Boolean:
                writer.WriteString("type", "boolean");
                break;
            case ValueShape.Date:
                writer.WriteString("type", "string");
                writer.WriteString("format", "date");
                writer.WriteString("pattern", ValuePatterns.Date);
                break;
            case ValueShape.Id when known.Count > 0:
                writer.WriteString("type", "string");
                WriteKnownIds(writer, known);
                break;
            case ValueShape.Id:
                WritePatterned(writer, ValuePatterns.Id);
                break;
            case ValueShape.SectionId when known.Count > 0:
                writer.WriteString("type", "string");
                WriteKnownIds(writer, known);
                break;
            case ValueShape.SectionId:
                WritePatterned(writer, ValuePatterns.SectionId);
                break;
            case ValueShape.IdList:
                WriteIdList(writer, known);
                break;
            case ValueShape.TextList:
                WriteTextList(writer, property);
                break;
            case ValueShape.ParameterCount:
                // A plain number is a YAML integer; 7B, 1.8B and 310M are strings.
                WriteTypes(writer, "string", "integer");
                writer.WriteString("pattern", ValuePatterns.ParameterCount);
                writer.WriteNumber("minimum", 1);
                break;
            case ValueShape.ObjectList:
                writer.WriteString("type", "array");
                WriteItems(writer, property, ids);
                break;
            case ValueShape.IntegerOrObjectList:
                WriteTypes(writer, "integer", "array");
                WriteMinimum(writer, property);
                WriteItems(writer, property, ids);
                break;
            case ValueShape.FootnoteMap:
                writer.WriteString("type", "object");
                writer.WriteStartObject("propertyNames");
                WriteEnum(writer, property);
                writer.WriteEndObject();
                writer.WriteStartObject("additionalProperties");
                writer.WriteString("description", "A footnote id (registries/footnotes.yaml) or a list of them.");
                WriteIdList(writer, known);
                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(property), property.Shape, "no JSON Schema for this shape");
        }
    }

    /// <summary>
    /// A string or a mapping of languages. The string and object alternatives are one <c>type</c> list rather
    /// than an <c>anyOf</c>, so the editor reports a wrong key directly instead of "matches no alternative".
    /// </summary>
    private static void WriteLocalizedText(Utf8JsonWriter writer)
    {
        WriteTypes(writer, "string", "object");
        writer.WriteStartObject("properties");
        foreach (var (language, name) in CatalogSchema.LanguageKeys.Zip(new[] { "Japanese", "English", "French" }))
        {
            writer.WriteStartObject(language);
            writer.WriteString("description", $"The {name} text.");
            writer.WriteString("type", "string");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
    }

    private static void WriteIdList(Utf8JsonWriter writer, IReadOnlyList<(string Id, string Description)> known)
    {
        if (known.Count > 0)
        {
            WriteOneOrMany(writer, () => WriteKnownIds(writer, known));
            return;
        }

        WriteTypes(writer, "string", "array");
        writer.WriteString("pattern", ValuePatterns.Id);
        writer.WriteStartObject("items");
        WritePatterned(writer, ValuePatterns.Id);
        writer.WriteEndObject();
    }

    private static void WriteTextList(Utf8JsonWriter writer, SchemaProperty property)
    {
        if (property.Values is null)
        {
            WriteTypes(writer, "string", "array");
            writer.WriteStartObject("items");
            writer.WriteString("type", "string");
            writer.WriteEndObject();
            return;
        }

        WriteOneOrMany(writer, () => WriteEnum(writer, property));
    }

    /// <summary>
    /// One string or a list of strings, each constrained by <paramref name="writeConstraint"/>. An enum constrains
    /// every type it sits beside, so each form is its own alternative.
    /// </summary>
    private static void WriteOneOrMany(Utf8JsonWriter writer, Action writeConstraint)
    {
        writer.WriteStartArray("anyOf");
        writer.WriteStartObject();
        writer.WriteString("type", "string");
        writeConstraint();
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        writer.WriteString("type", "string");
        writeConstraint();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WritePatterned(Utf8JsonWriter writer, string pattern)
    {
        writer.WriteString("type", "string");
        writer.WriteString("pattern", pattern);
    }

    private static void WriteItems(Utf8JsonWriter writer, SchemaProperty property, RegistryIds ids)
    {
        writer.WriteStartObject("items");
        WriteObjectBody(writer, property.Items!, ids);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The registry's ids as an enum, with <c>enumDescriptions</c> (the keyword VS Code's and yaml-language-server's
    /// completion and hover show beside each value): what the id stands for.
    /// </summary>
    private static void WriteKnownIds(Utf8JsonWriter writer, IReadOnlyList<(string Id, string Description)> known)
    {
        writer.WriteStartArray("enum");
        foreach (var (id, _) in known)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("enumDescriptions");
        foreach (var (_, description) in known)
        {
            writer.WriteStringValue(description);
        }

        writer.WriteEndArray();
    }

    private static void WriteEnum(Utf8JsonWriter writer, SchemaProperty property)
    {
        if (property.Values is null)
        {
            return;
        }

        writer.WriteStartArray("enum");
        foreach (var value in property.Values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteMinimum(Utf8JsonWriter writer, SchemaProperty property)
    {
        if (property.Minimum is { } minimum)
        {
            writer.WriteNumber("minimum", minimum);
        }

        if (property.Maximum is { } maximum)
        {
            writer.WriteNumber("maximum", maximum);
        }
    }

    private static void WriteTypes(Utf8JsonWriter writer, params string[] types)
    {
        writer.WriteStartArray("type");
        foreach (var type in types)
        {
            writer.WriteStringValue(type);
        }

        writer.WriteEndArray();
    }
}
