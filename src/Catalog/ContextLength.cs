namespace JapaneseLlm.Catalog;

/// <summary>A context length in tokens, for the whole family or for some of its variants.</summary>
public sealed class ContextLength
{
    /// <summary>Creates a context length.</summary>
    public ContextLength(int tokens, string? appliesTo)
    {
        Tokens = tokens;
        AppliesTo = appliesTo;
    }

    /// <summary>Tokens the model handles in input and output.</summary>
    public int Tokens { get; }

    /// <summary>The variants this length applies to, as the list names them (e.g. <c>7b, 13b</c>); <see langword="null"/> for all.</summary>
    public string? AppliesTo { get; }

    /// <inheritdoc/>
    public override string ToString() => AppliesTo is null ? Tokens.ToString(System.Globalization.CultureInfo.InvariantCulture) : AppliesTo + ": " + Tokens.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
