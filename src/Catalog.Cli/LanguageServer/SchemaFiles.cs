using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>The schema description as the server reads it: by a file's kind, and down a path of keys.</summary>
internal static class SchemaFiles
{
    public static SchemaFile? Find(string kind) => CatalogSchema.Files.FirstOrDefault(file => file.Kind == kind);

    /// <summary>A registry file lists its entries under the one key named like its kind (<c>licenses:</c> in <c>kind: licenses</c>).</summary>
    public static bool IsRegistry(SchemaFile file) => file.Root.Properties.Any(property => property.Key == file.Kind && property.Items is not null);

    /// <summary>The kind name of a registry's entries (<c>license</c> for <c>licenses</c>), as its schema names the list's items.</summary>
    public static string? EntryKind(string registry) =>
        Find(registry) is { } file ? file.Root.Properties.FirstOrDefault(property => property.Key == file.Kind)?.Items?.Name : null;

    /// <summary>
    /// What the keys of <paramref name="path"/> (from the file's root; list items are not counted) lead to: the
    /// mapping they open, and the property of the last key. Null for a path the schema does not know.
    /// </summary>
    public static SchemaTarget? Resolve(SchemaFile file, IReadOnlyList<string> path)
    {
        SchemaObject? mapping = file.Root;
        SchemaProperty? property = null;
        foreach (var key in path)
        {
            if (mapping is not null)
            {
                property = mapping.Properties.FirstOrDefault(candidate => candidate.Key == key);
                if (property is null)
                {
                    return null;
                }

                mapping = property.Items;
            }
            else if (property is { Shape: ValueShape.FootnoteMap } && property.Values?.Contains(key) == true)
            {
                // A cell of a footnote map: its value is footnote ids, as the map's own.
            }
            else if (property is { Shape: ValueShape.LocalizedText } && CatalogSchema.LanguageKeys.Contains(key))
            {
                // One language of a localized text: the same property.
            }
            else
            {
                return null;
            }
        }

        return new SchemaTarget(mapping, property);
    }
}

/// <summary>Where a path of keys leads: a mapping to complete keys in, and the property whose value it is.</summary>
internal sealed record SchemaTarget(SchemaObject? Mapping, SchemaProperty? Property)
{
    /// <summary>The keys a mapping at this place may hold.</summary>
    public IEnumerable<(string Key, string Description)> Keys()
    {
        if (Mapping is not null)
        {
            return Mapping.Properties.Select(property => (property.Key, property.Description));
        }

        return Property switch
        {
            { Shape: ValueShape.FootnoteMap, Values: { } fields } => fields.Select(field => (field, $"Footnote ids (registries/{Property.References}.yaml) attached to the '{field}' cell.")),
            { Shape: ValueShape.LocalizedText } => CatalogSchema.LanguageKeys.Select(language => (language, $"{Property.Key} in '{language}'.")),
            _ => Enumerable.Empty<(string, string)>(),
        };
    }
}
