using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="ModelVariant"/> is built from: set in an object initializer and passed to <see cref="ModelVariant(ModelVariantValues)"/>.</summary>
/// <remarks>
/// A shape that grows by members, not parameters (see <see cref="ModelValues"/>). Unset lists become empty lists;
/// <see cref="Label"/> is required.
/// </remarks>
public sealed class ModelVariantValues
{
    /// <inheritdoc cref="ModelVariant.Label"/>
    public string? Label;

    /// <inheritdoc cref="ModelVariant.Labels"/>
    public LocalizedText? Labels;

    /// <inheritdoc cref="ModelVariant.HuggingFaceId"/>
    public string? HuggingFaceId;

    /// <inheritdoc cref="ModelVariant.Url"/>
    public string? Url;

    /// <inheritdoc cref="ModelVariant.Parameters"/>
    public long? Parameters;

    /// <inheritdoc cref="ModelVariant.ActiveParameters"/>
    public long? ActiveParameters;

    /// <inheritdoc cref="ModelVariant.Licenses"/>
    public IReadOnlyList<License>? Licenses;

    /// <inheritdoc cref="ModelVariant.Format"/>
    public WeightFormat Format;

    /// <inheritdoc cref="ModelVariant.Bits"/>
    public int? Bits;

    /// <inheritdoc cref="ModelVariant.QuantizedFrom"/>
    public string? QuantizedFrom;

    /// <inheritdoc cref="ModelVariant.Released"/>
    public DateTime? Released;
}
