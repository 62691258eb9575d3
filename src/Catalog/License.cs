using System;
using System.ComponentModel;

namespace JapaneseLlm.Catalog;

/// <summary>A license or terms of use under which models are published.</summary>
public sealed class License
{
    /// <summary>Creates a license entry from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    public License(LicenseValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Id = RequiredValue.Of(values.Id, nameof(LicenseValues.Id));
        Name = RequiredValue.Of(values.Name, nameof(LicenseValues.Name));
        SpdxId = values.SpdxId;
        HuggingFaceId = values.HuggingFaceId;
        CommercialUse = values.CommercialUse;
        Url = values.Url;
        Derivatives = values.Derivatives;
    }

    /// <summary>Creates a license entry; kept so that code compiled against 0.1.0 still binds. Use <see cref="License(LicenseValues)"/>.</summary>
    [Obsolete(ObsoleteConstructor.Message)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public License(string id, LocalizedName name, string? spdxId, string? huggingFaceId, CommercialUse commercialUse, string? url)
        : this(new LicenseValues
        {
            Id = id,
            Name = name,
            SpdxId = spdxId,
            HuggingFaceId = huggingFaceId,
            CommercialUse = commercialUse,
            Url = url,
        })
    {
    }

    /// <summary>The registry id, e.g. <c>apache-2.0</c>.</summary>
    public string Id { get; }

    /// <summary>The display name in each language.</summary>
    public LocalizedName Name { get; }

    /// <summary>The SPDX identifier, where one exists.</summary>
    public string? SpdxId { get; }

    /// <summary>The Hugging Face <c>license:</c> tag, where the Hub has one.</summary>
    public string? HuggingFaceId { get; }

    /// <summary>Whether the license allows commercial use.</summary>
    public CommercialUse CommercialUse { get; }

    /// <summary>Where the license text is published.</summary>
    public string? Url { get; }

    /// <summary>What the license requires of models derived from a model under it (keep the license, attribution, naming, non-commercial, share alike).</summary>
    public DerivativeTerms Derivatives { get; }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
