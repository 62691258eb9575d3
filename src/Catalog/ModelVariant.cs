using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>One size or release of a model family, usually one Hugging Face repository.</summary>
public sealed class ModelVariant
{
    /// <summary>Creates a variant (the generated catalog calls this; so can tests).</summary>
    public ModelVariant(string label, string? huggingFaceId, string? url, long? parameters, long? activeParameters, IReadOnlyList<License> licenses)
    {
        Label = label;
        HuggingFaceId = huggingFaceId;
        Url = url ?? (huggingFaceId is null ? null : "https://huggingface.co/" + huggingFaceId);
        Parameters = parameters;
        ActiveParameters = activeParameters;
        Licenses = licenses;
    }

    /// <summary>The label the list links, as plain text (e.g. <c>7b-instruct</c>).</summary>
    public string Label { get; }

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

    /// <inheritdoc/>
    public override string ToString() => HuggingFaceId ?? Label;
}
