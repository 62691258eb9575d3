using System;

namespace JapaneseLlm.Catalog;

/// <summary>The original paper of an architecture or a training method.</summary>
public sealed class Paper
{
    /// <summary>Creates a paper entry (the generated catalog calls this; so can tests).</summary>
    public Paper(string id, LocalizedName name, string section, DateTime? published, string? venue, string title, string? url)
    {
        Id = id;
        Name = name;
        Section = section;
        Published = published;
        Venue = venue;
        Title = title;
        Url = url;
    }

    /// <summary>The record id.</summary>
    public string Id { get; }

    /// <summary>What the paper introduced (e.g. <c>Transformer</c>, <c>DPO</c>).</summary>
    public LocalizedName Name { get; }

    /// <summary>The id of the list's section (architectures or training methods).</summary>
    public string Section { get; }

    /// <summary>First publication date.</summary>
    public DateTime? Published { get; }

    /// <summary>The venue, or <see langword="null"/> for a preprint.</summary>
    public string? Venue { get; }

    /// <summary>The paper's title.</summary>
    public string Title { get; }

    /// <summary>Where to read it.</summary>
    public string? Url { get; }

    /// <inheritdoc/>
    public override string ToString() => Title;
}
