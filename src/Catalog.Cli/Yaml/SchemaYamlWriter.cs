using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Yaml;

/// <summary>
/// Writes a record's keys through the schema description, in the order it lists them, each value in the form its
/// <see cref="ValueShape"/> is read in: the reader's inverse, so no key is spelled out here. Keys without a value
/// (null, an empty list, <see langword="false"/>) are left out.
/// </summary>
internal static class SchemaYamlWriter
{
    public static YamlWriter WriteKeys(this YamlWriter yaml, SchemaObject schema, object record)
    {
        foreach (var property in schema.Properties)
        {
            if (property.Access is { } access && access.Get(record) is { } value && FieldValues.IsGiven(value))
            {
                Write(yaml, property, value);
            }
        }

        return yaml;
    }

    private static void Write(YamlWriter yaml, SchemaProperty property, object value)
    {
        var key = property.Key;
        switch (value)
        {
            case string text:
                yaml.Scalar(key, text);
                break;
            case int number:
                yaml.Number(key, number);
                break;
            case long count:
                yaml.Scalar(key, ParameterCount.Format(count));
                break;
            case bool flag:
                yaml.Flag(key, flag);
                break;
            case LocalizedText text:
                yaml.Text(key, text);
                break;
            case LocalizedString { PerLanguage: { } perLanguage }:
                yaml.Text(key, perLanguage);
                break;
            case LocalizedString single:
                yaml.Scalar(key, single.Value);
                break;
            case EquatableArray<EntryReference> references:
                yaml.List(key, references.Select(reference => reference.Id).ToList());
                break;
            case EquatableArray<string> texts:
                yaml.List(key, texts.ToList());
                break;
            case EquatableArray<FootnoteReference> footnotes:
                yaml.Mapping(key, entries =>
                {
                    foreach (var field in footnotes.GroupBy(footnote => footnote.Field))
                    {
                        entries.List(field.Key, field.Select(footnote => footnote.FootnoteId).ToList());
                    }
                });
                break;
            default:
                WriteItems(yaml, property, ListItems.Of(value).ToList());
                break;
        }
    }

    /// <summary>A list of mappings; for a key that also takes a whole number, one item holding only its first key is written as that number.</summary>
    private static void WriteItems(YamlWriter yaml, SchemaProperty property, List<object> items)
    {
        var schema = property.Items!;
        if (property.Shape == ValueShape.IntegerOrObjectList && items.Count == 1 && schema.Properties.Skip(1).All(other => !FieldValues.IsGiven(other.Access!.Get(items[0]))))
        {
            Write(yaml, property, schema.Properties[0].Access!.Get(items[0])!);
            return;
        }

        yaml.Items(key: property.Key, items, (item, value) => item.WriteKeys(schema, value));
    }
}
