using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="Dataset"/> is built from: set in an object initializer and passed to <see cref="Dataset(DatasetValues)"/>.</summary>
/// <remarks>
/// A shape that grows by members, not parameters (see <see cref="ModelValues"/>). Unset lists become empty lists;
/// <see cref="Id"/> and <see cref="Name"/> are required.
/// </remarks>
public sealed class DatasetValues
{
    /// <inheritdoc cref="Dataset.Id"/>
    public string? Id;

    /// <inheritdoc cref="Dataset.Name"/>
    public LocalizedName? Name;

    /// <inheritdoc cref="Dataset.Url"/>
    public string? Url;

    /// <inheritdoc cref="Dataset.Languages"/>
    public IReadOnlyList<string>? Languages;

    /// <inheritdoc cref="Dataset.License"/>
    public string? License;

    /// <inheritdoc cref="Dataset.GeneratedBy"/>
    public IReadOnlyList<string>? GeneratedBy;

    /// <inheritdoc cref="Dataset.GeneratedBySource"/>
    public string? GeneratedBySource;
}
