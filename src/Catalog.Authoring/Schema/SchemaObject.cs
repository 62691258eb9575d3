using System.Collections.Generic;
using System.Linq;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>
/// A YAML mapping the catalog reads: every key it may hold, in the order the parser lists them in its
/// "known keys" hints. Any other key is reported as unknown, by the parser and by the JSON Schema alike.
/// </summary>
public sealed record SchemaObject
{
    public SchemaObject(string name, string description, IReadOnlyList<SchemaProperty> properties)
    {
        Name = name;
        Description = description;
        Properties = properties;
        Keys = properties.Select(property => property.Key).ToArray();
    }

    /// <summary>What the mapping is called in messages (<c>model</c>, <c>variant</c>, <c>column</c>).</summary>
    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<SchemaProperty> Properties { get; }

    /// <summary>For the items of a list of mappings: how the reader makes them.</summary>
    public ListItems? Make { get; init; }

    /// <summary>The known keys, for the parser's unknown-key check.</summary>
    public string[] Keys { get; }
}
