using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace JapaneseLlm.Catalog;

/// <summary>An evaluation benchmark or data set for Japanese models.</summary>
public sealed class Benchmark
{
    /// <summary>Creates a benchmark from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    public Benchmark(BenchmarkValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Id = RequiredValue.Of(values.Id, nameof(BenchmarkValues.Id));
        Name = RequiredValue.Of(values.Name, nameof(BenchmarkValues.Name));
        Url = values.Url;
        Urls = values.Urls;
        Section = RequiredValue.Of(values.Section, nameof(BenchmarkValues.Section));
        Anchor = values.Anchor;
        Description = values.Description;
        Developers = values.Developers ?? Array.Empty<Developer>();
        Footnotes = values.Footnotes ?? Array.Empty<FootnoteAttachment>();
    }

    /// <summary>Creates a benchmark; kept so that code compiled against 0.1.0 still binds. Use <see cref="Benchmark(BenchmarkValues)"/>.</summary>
    [Obsolete(ObsoleteConstructor.Message)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Benchmark(string id, LocalizedName name, string? url, string section, string? anchor, LocalizedText? description, IReadOnlyList<Developer> developers, IReadOnlyList<FootnoteAttachment> footnotes)
        : this(new BenchmarkValues
        {
            Id = id,
            Name = name,
            Url = url,
            Section = section,
            Anchor = anchor,
            Description = description,
            Developers = developers,
            Footnotes = footnotes,
        })
    {
    }

    /// <summary>The record id.</summary>
    public string Id { get; }

    /// <summary>The benchmark's name.</summary>
    public LocalizedName Name { get; }

    /// <summary>Where it is published.</summary>
    public string? Url { get; }

    /// <summary>The page per language, where the list's languages link to different pages; null when one page serves all (<see cref="Url"/>, the English one).</summary>
    public LocalizedText? Urls { get; }

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
