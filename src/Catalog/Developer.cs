namespace JapaneseLlm.Catalog;

/// <summary>An organisation or a person that develops models.</summary>
public sealed class Developer
{
    /// <summary>Creates a developer entry (the generated catalog calls this; so can tests).</summary>
    public Developer(string id, LocalizedName name, bool isIndividual, string? url)
    {
        Id = id;
        Name = name;
        IsIndividual = isIndividual;
        Url = url;
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
