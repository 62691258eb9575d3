using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="Dataset"/> is built from: set in an object initializer and passed to <see cref="Dataset(DatasetValues)"/>.</summary>
/// <remarks>
/// A shape that grows by properties, not parameters (see <see cref="ModelValues"/>). Unset lists become empty lists;
/// <see cref="Id"/> and <see cref="Name"/> are required.
/// </remarks>
public sealed class DatasetValues
{
    /// <inheritdoc cref="Dataset.Id"/>
    public string? Id { get; set; }

    /// <inheritdoc cref="Dataset.Name"/>
    public LocalizedName? Name { get; set; }

    /// <inheritdoc cref="Dataset.Url"/>
    public string? Url { get; set; }

    /// <inheritdoc cref="Dataset.GeneratedBy"/>
    public IReadOnlyList<string>? GeneratedBy { get; set; }

    /// <inheritdoc cref="Dataset.GeneratedBySource"/>
    public string? GeneratedBySource { get; set; }
}
