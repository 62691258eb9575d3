namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="Developer"/> is built from: set in an object initializer and passed to <see cref="Developer(DeveloperValues)"/>.</summary>
/// <remarks>
/// A shape that grows by members, not parameters (see <see cref="ModelValues"/>). <see cref="Id"/> and <see
/// cref="Name"/> are required.
/// </remarks>
public sealed class DeveloperValues
{
    /// <inheritdoc cref="Developer.Id"/>
    public string? Id;

    /// <inheritdoc cref="Developer.Name"/>
    public LocalizedName? Name;

    /// <inheritdoc cref="Developer.IsIndividual"/>
    public bool IsIndividual;

    /// <inheritdoc cref="Developer.Url"/>
    public string? Url;
}
