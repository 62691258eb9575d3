using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Reads a mapping into its record through the schema description: each key by its <see cref="ValueShape"/>, into
/// the member its <see cref="SchemaProperty.Access"/> names, so no key is spelled out here. Lists of mappings are
/// read item by item the same way; an item is kept when its required keys were read (and <see cref="ItemChecks"/>
/// accepts it), and the file's location table gets one entry per kept item, so item <c>i</c> of the list is
/// located by entry <c>i</c>.
/// </summary>
internal static class SchemaReader
{
    /// <summary>A record file's mapping, or one registry entry: <see langword="null"/> without a readable id.</summary>
    public static TEntry? ReadEntry<TEntry>(MappingReader reader, SchemaObject schema, TEntry empty)
        where TEntry : CatalogEntry
    {
        var entry = (TEntry)ReadKeys(reader, schema, empty, out _);
        reader.ReportUnknownKeys();
        return entry.Id.Length == 0 ? null : entry with { IsIncomplete = reader.Failed };
    }

    private static object ReadKeys(MappingReader reader, SchemaObject schema, object record, out bool complete)
    {
        complete = true;
        var properties = schema.Properties;
        for (var index = 0; index < properties.Count; index++)
        {
            var property = properties[index];
            if (property.Access is not { } access)
            {
                continue;
            }

            var required = property.Required || (property.RequiredWith is { } other && reader.Find(other) is not null);
            if (!required && reader.Find(property.Key) is null)
            {
                // Most keys of the description are absent from a given record: nothing to read, box or copy.
                continue;
            }

            var value = Read(reader, property, access, required);
            if (FieldValues.IsGiven(value))
            {
                record = access.Set(record, value);
            }
            else if (required)
            {
                complete = false;
            }
        }

        return record;
    }

    private static object? Read(MappingReader reader, SchemaProperty property, FieldAccess access, bool required)
    {
        var key = property.Key;
        switch (property.Shape)
        {
            case ValueShape.Text when property.Values is { } values:
                return reader.OneOf(key, values, required);
            case ValueShape.Text when property.Pattern is { } pattern:
                return reader.Matching(key, pattern, required);
            case ValueShape.Text:
                return reader.String(key, required);
            case ValueShape.Date:
                return reader.Date(key, required);
            case ValueShape.Id:
                return reader.Id(key, required);
            case ValueShape.SectionId:
                return reader.SectionId(key, required);
            case ValueShape.LocalizedText when access.ValueType == typeof(LocalizedString):
                return LocalizedStringReader.Read(reader, key, required);
            case ValueShape.LocalizedText:
                return reader.Text(key, required);
            case ValueShape.Integer:
                return reader.Int(key, required, property.Minimum ?? int.MinValue, property.Maximum ?? int.MaxValue);
            case ValueShape.Boolean:
                return reader.Bool(key) ?? false;
            case ValueShape.IdList:
                return reader.References(key);
            case ValueShape.TextList when property.Pattern == ValuePatterns.ParameterCount:
                return reader.ParameterCounts(key);
            case ValueShape.TextList:
                return reader.Strings(key, property.Values);
            case ValueShape.ParameterCount:
                return reader.ParameterCountValue(key);
            case ValueShape.FootnoteMap:
                return FootnoteReader.Read(reader, property.Values);
            case ValueShape.IntegerOrObjectList when reader.Node(key, required: false) is YamlScalar number:
                return OneNumberItem(reader, property, number);
            case ValueShape.ObjectList:
            case ValueShape.IntegerOrObjectList:
                return ReadItems(reader, property, required);
            default:
                return null;
        }
    }

    private static object ReadItems(MappingReader reader, SchemaProperty property, bool required)
    {
        var schema = property.Items!;
        var kept = new List<object>();
        foreach (var mapping in reader.Mappings(property.Key, required))
        {
            var itemReader = reader.NestedItem(mapping, property.Key, kept.Count, schema.Name, schema.Keys);
            var item = ReadKeys(itemReader, schema, schema.Make!.Empty(), out var complete);
            itemReader.ReportUnknownKeys();
            if (complete && ItemChecks.Accept(itemReader, schema, item, kept))
            {
                reader.Locate(property.Key, mapping.Span);
                kept.Add(item);
            }

            reader.Absorb(itemReader);
        }

        return schema.Make!.ListOf(kept);
    }

    /// <summary>A whole number where a list of mappings may stand (a context length): one item, of which it is the first key's value.</summary>
    private static object? OneNumberItem(MappingReader reader, SchemaProperty property, YamlScalar number)
    {
        var schema = property.Items!;
        var value = reader.AsInt(property.Key, number, property.Minimum ?? int.MinValue, property.Maximum ?? int.MaxValue);
        if (value is null)
        {
            return null;
        }

        reader.Locate(property.Key, number.Span);
        var item = schema.Properties[0].Access!.Set(schema.Make!.Empty(), value);
        return schema.Make.ListOf(new[] { item });
    }
}
