namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="License"/> is built from: set in an object initializer and passed to <see cref="License(LicenseValues)"/>.</summary>
/// <remarks>
/// A shape that grows by members, not parameters (see <see cref="ModelValues"/>). <see cref="Id"/> and <see
/// cref="Name"/> are required.
/// </remarks>
public sealed class LicenseValues
{
    /// <inheritdoc cref="License.Id"/>
    public string? Id;

    /// <inheritdoc cref="License.Name"/>
    public LocalizedName? Name;

    /// <inheritdoc cref="License.SpdxId"/>
    public string? SpdxId;

    /// <inheritdoc cref="License.HuggingFaceId"/>
    public string? HuggingFaceId;

    /// <inheritdoc cref="License.CommercialUse"/>
    public CommercialUse CommercialUse;

    /// <inheritdoc cref="License.Url"/>
    public string? Url;

    /// <inheritdoc cref="License.Derivatives"/>
    public DerivativeTerms Derivatives;
}
