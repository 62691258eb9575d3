using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>An evaluation benchmark or data set for Japanese models.</summary>
public sealed class Benchmark
{
    /// <summary>Creates a benchmark (the generated catalog calls this; so can tests).</summary>
    public Benchmark(string id, LocalizedName name, string? url, string section, string? anchor, LocalizedText? description, IReadOnlyList<Developer> developers, IReadOnlyList<FootnoteAttachment> footnotes)
    {
        Id = id;
        Name = name;
        Url = url;
        Section = section;
        Anchor = anchor;
        Description = description;
        Developers = developers;
        Footnotes = footnotes;
    }

    /// <summary>The record id.</summary>
    public string Id { get; }

    /// <summary>The benchmark's name.</summary>
    public LocalizedName Name { get; }

    /// <summary>Where it is published.</summary>
    public string? Url { get; }

    /// <summary>The id of the list's section (what the benchmark measures).</summary>
    public string Section { get; }

    /// <summary>The anchor the list gives the row, if any.</summary>
    public string? Anchor { get; }

    /// <summary>What it measures and how.</summary>
    public LocalizedText? Description { get; }

    /// <summary>Who made it.</summary>
    public IReadOnlyList<Developer> Developers { get; }

    /// <summary>Footnotes attached to fields of this row.</summary>
    public IReadOnlyList<FootnoteAttachment> Footnotes { get; }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
