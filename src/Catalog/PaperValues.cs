using System;

namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="Paper"/> is built from: set in an object initializer and passed to <see cref="Paper(PaperValues)"/>.</summary>
/// <remarks>
/// A shape that grows by members, not parameters (see <see cref="ModelValues"/>). <see cref="Id"/>, <see
/// cref="Name"/>, <see cref="Section"/> and <see cref="Title"/> are required.
/// </remarks>
public sealed class PaperValues
{
    /// <inheritdoc cref="Paper.Id"/>
    public string? Id;

    /// <inheritdoc cref="Paper.Name"/>
    public LocalizedName? Name;

    /// <inheritdoc cref="Paper.Section"/>
    public string? Section;

    /// <inheritdoc cref="Paper.Published"/>
    public DateTime? Published;

    /// <inheritdoc cref="Paper.Venue"/>
    public string? Venue;

    /// <inheritdoc cref="Paper.Title"/>
    public string? Title;

    /// <inheritdoc cref="Paper.Url"/>
    public string? Url;
}
