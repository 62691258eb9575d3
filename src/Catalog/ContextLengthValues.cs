namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="ContextLength"/> is built from: set in an object initializer and passed to <see cref="ContextLength(ContextLengthValues)"/>.</summary>
/// <remarks>
/// A shape that grows by members, not parameters (see <see cref="ModelValues"/>).
/// </remarks>
public sealed class ContextLengthValues
{
    /// <inheritdoc cref="ContextLength.Tokens"/>
    public int Tokens;

    /// <inheritdoc cref="ContextLength.AppliesTo"/>
    public string? AppliesTo;
}
