using System;
using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>The type a record holds for each <see cref="ValueShape"/>, and whether a value counts as given.</summary>
public static class FieldValues
{
    /// <summary>The value is there: not null, not an empty list, not <see langword="false"/>.</summary>
    public static bool IsGiven(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        LocalizedString text => text.Value is not null || text.PerLanguage is not null,
        IItemCount items => items.Count > 0,
        _ => true,
    };

    /// <summary>Throws for a property whose accessor's type does not fit its shape (a mistake in a schema file, found by any test).</summary>
    public static void Check(SchemaProperty property, string owner)
    {
        if (property.Access is not { } access)
        {
            return;
        }

        var type = access.ValueType;
        var fits = property.Shape switch
        {
            ValueShape.Text or ValueShape.Date or ValueShape.Id or ValueShape.SectionId => type == typeof(string),
            ValueShape.LocalizedText => type == typeof(LocalizedText) || type == typeof(LocalizedString),
            ValueShape.Integer => type == typeof(int?),
            ValueShape.Boolean => type == typeof(bool),
            ValueShape.IdList => type == typeof(EquatableArray<EntryReference>),
            ValueShape.TextList => type == typeof(EquatableArray<string>),
            ValueShape.ParameterCount => type == typeof(long?),
            ValueShape.FootnoteMap => type == typeof(EquatableArray<FootnoteReference>),
            ValueShape.ObjectList or ValueShape.IntegerOrObjectList =>
                property.Items?.Make is { } items && type == typeof(EquatableArray<>).MakeGenericType(items.ItemType),
            _ => false,
        };
        if (!fits)
        {
            throw new InvalidOperationException($"{owner}.{property.Key}: a {property.Shape} value cannot be held as {type.Name}.");
        }
    }

    /// <summary>Every property of <paramref name="schema"/> and of the list items below it, with the name of the mapping it belongs to.</summary>
    public static IEnumerable<(SchemaObject Owner, SchemaProperty Property)> Walk(SchemaObject schema)
    {
        foreach (var property in schema.Properties)
        {
            yield return (schema, property);
            if (property.Items is { } items)
            {
                foreach (var nested in Walk(items))
                {
                    yield return nested;
                }
            }
        }
    }
}
