using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace JapaneseLlm.Catalog;

/// <summary>One size or release of a model family, usually one Hugging Face repository.</summary>
public sealed class ModelVariant
{
    /// <summary>Creates a variant from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    public ModelVariant(ModelVariantValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Label = RequiredValue.Of(values.Label, nameof(ModelVariantValues.Label));
        HuggingFaceId = values.HuggingFaceId;
        Url = values.Url ?? (values.HuggingFaceId is null ? null : "https://huggingface.co/" + values.HuggingFaceId);
        Parameters = values.Parameters;
        ActiveParameters = values.ActiveParameters;
        Licenses = values.Licenses ?? Array.Empty<License>();
        Labels = values.Labels;
        Format = values.Format;
        Bits = values.Bits;
        QuantizedFrom = values.QuantizedFrom;
        Released = values.Released;
    }

    /// <summary>Creates a variant; kept so that code compiled against 0.1.0 still binds. Use <see cref="ModelVariant(ModelVariantValues)"/>.</summary>
    [Obsolete(ObsoleteConstructor.Message)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ModelVariant(string label, string? huggingFaceId, string? url, long? parameters, long? activeParameters, IReadOnlyList<License> licenses)
        : this(new ModelVariantValues
        {
            Label = label,
            HuggingFaceId = huggingFaceId,
            Url = url,
            Parameters = parameters,
            ActiveParameters = activeParameters,
            Licenses = licenses,
        })
    {
    }

    /// <summary>
    /// The day the repository was published, where a source gives it (the Swallow LLM Leaderboard's data, CC-BY 4.0,
    /// for the repositories it evaluates); the list itself gives a family's year only.
    /// </summary>
    public DateTime? Released { get; }

    /// <summary>The label the list links, as plain text (e.g. <c>7b-instruct</c>).</summary>
    public string Label { get; }

    /// <summary>The label per language, where the list's languages label the variant differently; null when <see cref="Label"/> serves all.</summary>
    public LocalizedText? Labels { get; }

    /// <summary>How the weights are stored: full precision, or a quantized or converted format (GGUF, AWQ, GPTQ, …).</summary>
    public WeightFormat Format { get; }

    /// <summary>Bits per weight of a quantized variant, where its name states them.</summary>
    public int? Bits { get; }

    /// <summary>The Hugging Face id of the variant of the same family this one was quantized from, where the catalog knows it.</summary>
    public string? QuantizedFrom { get; }

    /// <summary>Whether the weights are quantized or converted rather than full precision.</summary>
    public bool IsQuantized => Format != WeightFormat.Full;

    /// <summary>The Hugging Face repo id, <c>owner/name</c>, if the variant is on the Hub.</summary>
    public string? HuggingFaceId { get; }

    /// <summary>Where the variant is published.</summary>
    public string? Url { get; }

    /// <summary>Total parameters, where known.</summary>
    public long? Parameters { get; }

    /// <summary>Parameters active per token, for mixture-of-experts models.</summary>
    public long? ActiveParameters { get; }

    /// <summary>This variant's licenses where they differ from its model's; empty otherwise.</summary>
    public IReadOnlyList<License> Licenses { get; }

    /// <summary>The family this variant belongs to; null for a variant not yet given to a <see cref="Catalog.Model"/>.</summary>
    public Model? Family { get; internal set; }

    /// <summary>The licenses that apply to this variant: its own where it has them (<see cref="Licenses"/>), else its family's.</summary>
    public IReadOnlyList<License> EffectiveLicenses => Licenses.Count > 0 || Family is null ? Licenses : Family.Licenses;

    /// <summary>The most restrictive commercial-use terms among <see cref="EffectiveLicenses"/>; unknown without licenses.</summary>
    public CommercialUse CommercialUse => CommercialUses.MostRestrictive(EffectiveLicenses.Select(license => license.CommercialUse));

    /// <inheritdoc/>
    public override string ToString() => HuggingFaceId ?? Label;
}
