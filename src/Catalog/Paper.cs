using System;
using System.ComponentModel;

namespace JapaneseLlm.Catalog;

/// <summary>The original paper of an architecture or a training method.</summary>
public sealed class Paper
{
    /// <summary>Creates a paper entry from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    public Paper(PaperValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Id = RequiredValue.Of(values.Id, nameof(PaperValues.Id));
        Name = RequiredValue.Of(values.Name, nameof(PaperValues.Name));
        Section = RequiredValue.Of(values.Section, nameof(PaperValues.Section));
        Published = values.Published;
        Venue = values.Venue;
        Title = RequiredValue.Of(values.Title, nameof(PaperValues.Title));
        Url = values.Url;
    }

    /// <summary>Creates a paper entry; kept so that code compiled against 0.1.0 still binds. Use <see cref="Paper(PaperValues)"/>.</summary>
    [Obsolete(ObsoleteConstructor.Message)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Paper(string id, LocalizedName name, string section, DateTime? published, string? venue, string title, string? url)
        : this(new PaperValues
        {
            Id = id,
            Name = name,
            Section = section,
            Published = published,
            Venue = venue,
            Title = title,
            Url = url,
        })
    {
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
