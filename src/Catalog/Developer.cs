using System;
using System.ComponentModel;

namespace JapaneseLlm.Catalog;

/// <summary>An organisation or a person that develops models.</summary>
public sealed class Developer
{
    /// <summary>Creates a developer entry from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    public Developer(DeveloperValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Id = RequiredValue.Of(values.Id, nameof(DeveloperValues.Id));
        Name = RequiredValue.Of(values.Name, nameof(DeveloperValues.Name));
        IsIndividual = values.IsIndividual;
        Url = values.Url;
    }

    /// <summary>Creates a developer entry; kept so that code compiled against 0.1.0 still binds. Use <see cref="Developer(DeveloperValues)"/>.</summary>
    [Obsolete(ObsoleteConstructor.Message)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Developer(string id, LocalizedName name, bool isIndividual, string? url)
        : this(new DeveloperValues
        {
            Id = id,
            Name = name,
            IsIndividual = isIndividual,
            Url = url,
        })
    {
    }

    /// <summary>The registry id, e.g. <c>sb-intuitions</c>.</summary>
    public string Id { get; }

    /// <summary>The canonical name in each language.</summary>
    public LocalizedName Name { get; }

    /// <summary>An individual rather than an organisation.</summary>
    public bool IsIndividual { get; }

    /// <summary>The developer's site, where recorded.</summary>
    public string? Url { get; }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
