using System;
using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>
/// Where each key and value of one entry is written (<see cref="FieldLocation"/>), found again from the file's
/// text the first time a rule asks. Rules need a location only to report a finding; keeping every path and span
/// of every record made the parsed catalog several times the size of its text, and the generator's cold run
/// paid for it in garbage collection (docs/performance.md).
/// </summary>
public sealed class FieldLocations : IEquatable<FieldLocations>
{
    public static readonly FieldLocations None = new(string.Empty, default, 0);

    private readonly string text;
    private readonly SourceSpan start;
    private readonly int length;
    private FieldLocation[]? locations;

    private FieldLocations(string text, SourceSpan start, int length)
    {
        this.text = text;
        this.start = start;
        this.length = length;
    }

    /// <summary>The locations of the entry read from <paramref name="mapping"/> of the file <paramref name="text"/>.</summary>
    internal static FieldLocations Of(string text, YamlMapping mapping) =>
        new(text, mapping.Span, mapping.EndOffset - mapping.Span.Offset);

    public FieldLocation? Find(string path)
    {
        // A race computes the same array twice at worst.
        foreach (var location in locations ??= Collect())
        {
            if (location.Path == path)
            {
                return location;
            }
        }

        return null;
    }

    /// <summary>
    /// Equal when the entry's own text and where it starts are equal: then every location within it is equal,
    /// whatever changed elsewhere in the file.
    /// </summary>
    public bool Equals(FieldLocations? other) =>
        other is not null
        && start == other.start
        && length == other.length
        && string.CompareOrdinal(text, start.Offset, other.text, other.start.Offset, length) == 0;

    public override bool Equals(object? obj) => Equals(obj as FieldLocations);

    public override int GetHashCode() => (start.GetHashCode() * 31) + length;

    private FieldLocation[] Collect()
    {
        if (length == 0 && text.Length == 0)
        {
            return Array.Empty<FieldLocation>();
        }

        var root = YamlTreeReader.Read(string.Empty, text, new List<CatalogDiagnostic>());
        return root is not null && FindMapping(root, start.Offset) is { } mapping
            ? FieldLocationCollector.Collect(mapping)
            : Array.Empty<FieldLocation>();
    }

    /// <summary>The outermost mapping that starts at <paramref name="offset"/>: the entry's own.</summary>
    private static YamlMapping? FindMapping(YamlNode node, int offset)
    {
        if (node is YamlMapping mapping && mapping.Span.Offset == offset)
        {
            return mapping;
        }

        foreach (var child in Children(node))
        {
            if (FindMapping(child, offset) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static IEnumerable<YamlNode> Children(YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    yield return entry.Key;
                    yield return entry.Value;
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    yield return item;
                }

                break;
        }
    }
}
