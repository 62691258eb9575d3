using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>
/// A model outside the list that the list's models are trained from (Llama, Qwen, Mistral, …), with its developer,
/// licenses, sizes and Hugging Face ids. The generated <c>BaseModels</c> class has one member per entry.
/// </summary>
public sealed class BaseModel
{
    /// <summary>Creates a base model entry from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    public BaseModel(BaseModelValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Id = RequiredValue.Of(values.Id, nameof(BaseModelValues.Id));
        Name = RequiredValue.Of(values.Name, nameof(BaseModelValues.Name));
        Developer = values.Developer;
        Licenses = values.Licenses ?? Array.Empty<License>();
        Parameters = values.Parameters ?? Array.Empty<long>();
        HuggingFaceIds = values.HuggingFaceIds ?? Array.Empty<string>();
        Url = values.Url;
        BaseModels = values.BaseModels ?? Array.Empty<BaseModelLink>();
    }

    /// <summary>The registry id, e.g. <c>llama-3</c>.</summary>
    public string Id { get; }

    /// <summary>The model family's name.</summary>
    public LocalizedName Name { get; }

    /// <summary>Who publishes it.</summary>
    public string? Developer { get; }

    /// <summary>The licenses it is published under; what they require of derivatives is <see cref="License.Derivatives"/>.</summary>
    public IReadOnlyList<License> Licenses { get; }

    /// <summary>The sizes it is published in.</summary>
    public IReadOnlyList<long> Parameters { get; }

    /// <summary>Hugging Face repo ids of its releases.</summary>
    public IReadOnlyList<string> HuggingFaceIds { get; }

    /// <summary>Its announcement or model card.</summary>
    public string? Url { get; }

    /// <summary>The foreign base models it was itself trained from.</summary>
    public IReadOnlyList<BaseModelLink> BaseModels { get; }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
