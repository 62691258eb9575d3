using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Authoring.Yaml;

/// <summary>
/// A node of a catalog file's YAML, with its position. Our own small tree, so that the rest of the
/// code never sees YamlDotNet types and every value keeps the place it came from.
/// </summary>
public abstract class YamlNode
{
    protected YamlNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    public abstract string KindName { get; }

    /// <summary>Where the node's text ends: at its last descendant, since children follow their parent in the text.</summary>
    public int EndOffset => this switch
    {
        YamlMapping { Entries.Count: > 0 } mapping => mapping.Entries[mapping.Entries.Count - 1].Value.EndOffset,
        YamlSequence { Items.Count: > 0 } sequence => sequence.Items[sequence.Items.Count - 1].EndOffset,
        _ => Span.Offset + Span.Length,
    };
}

/// <summary>A scalar. <see cref="IsNull"/> covers <c>~</c>, <c>null</c> and an empty plain value.</summary>
public sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, SourceSpan span)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string KindName => "a scalar";
}

public sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, SourceSpan span)
        : base(span) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }

    public override string KindName => "a list";
}

public sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<YamlEntry> entries, SourceSpan span)
        : base(span) => Entries = entries;

    public IReadOnlyList<YamlEntry> Entries { get; }

    public override string KindName => "a mapping";
}

public sealed class YamlEntry
{
    public YamlEntry(YamlScalar key, YamlNode value)
    {
        Key = key;
        Value = value;
    }

    public YamlScalar Key { get; }

    public YamlNode Value { get; }
}
