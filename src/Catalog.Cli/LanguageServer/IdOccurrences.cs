using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>
/// Where a registry id is written: as a registry entry's own <c>id</c> (its definition) or as a value of a key
/// whose <see cref="SchemaProperty.References"/> names the registry.
/// </summary>
/// <param name="Registry">The registry file's kind: developers, licenses, datasets, footnotes, sections.</param>
internal sealed record IdOccurrence(string Registry, string Id, SourceSpan Span, bool IsDefinition)
{
    public bool Contains(int offset) => offset >= Span.Offset && offset <= Span.Offset + Span.Length;
}

/// <summary>
/// Finds the ids a file defines and refers to by walking its YAML beside the schema description, so a key that
/// the schema gains (with its <see cref="SchemaProperty.References"/>) is served without a change here.
/// </summary>
internal static class IdOccurrences
{
    public static IReadOnlyList<IdOccurrence> Find(YamlMapping? root)
    {
        var found = new List<IdOccurrence>();
        if (root is not null && SchemaOf(root) is { } file)
        {
            // A registry file lists its entries under the key named like its kind; their ids are the definitions.
            Walk(root, file.Root, SchemaFiles.IsRegistry(file) ? file.Kind : null, found);
        }

        return found;
    }

    /// <summary>The schema of the file whose root mapping is <paramref name="root"/>, by its <c>kind:</c>.</summary>
    public static SchemaFile? SchemaOf(YamlMapping root)
    {
        var kind = root.Entries.FirstOrDefault(entry => entry.Key.Value == "kind")?.Value as YamlScalar;
        return kind is null ? null : SchemaFiles.Find(kind.Value);
    }

    private static void Walk(YamlMapping mapping, SchemaObject schema, string? definedRegistry, List<IdOccurrence> found)
    {
        foreach (var entry in mapping.Entries)
        {
            var property = schema.Properties.FirstOrDefault(candidate => candidate.Key == entry.Key.Value);
            if (property is null)
            {
                continue;
            }

            if (property.Key == "id" && definedRegistry is not null && entry.Value is YamlScalar id)
            {
                found.Add(new IdOccurrence(definedRegistry, id.Value, id.Span, IsDefinition: true));
            }
            else if (property.Shape == ValueShape.FootnoteMap && property.References is { } footnotes && entry.Value is YamlMapping cells)
            {
                foreach (var cell in cells.Entries)
                {
                    AddScalars(cell.Value, footnotes, found);
                }
            }
            else if (property.References is { } registry)
            {
                AddScalars(entry.Value, registry, found);
            }
            else if (property.Items is { } items && entry.Value is YamlSequence sequence)
            {
                var itemsDefine = property.Key == definedRegistry ? definedRegistry : null;
                foreach (var item in sequence.Items.OfType<YamlMapping>())
                {
                    Walk(item, items, itemsDefine, found);
                }
            }
        }
    }

    private static void AddScalars(YamlNode node, string registry, List<IdOccurrence> found)
    {
        switch (node)
        {
            case YamlScalar { IsNull: false } scalar:
                found.Add(new IdOccurrence(registry, scalar.Value, scalar.Span, IsDefinition: false));
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items.OfType<YamlScalar>().Where(item => !item.IsNull))
                {
                    found.Add(new IdOccurrence(registry, item.Value, item.Span, IsDefinition: false));
                }

                break;
        }
    }
}
