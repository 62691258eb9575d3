using System;
using System.ComponentModel;

namespace JapaneseLlm.Catalog;

/// <summary>A context length in tokens, for the whole family or for some of its variants.</summary>
public sealed class ContextLength
{
    /// <summary>Creates a context length from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    public ContextLength(ContextLengthValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Tokens = values.Tokens;
        AppliesTo = values.AppliesTo;
    }

    /// <summary>Creates a context length; kept so that code compiled against 0.1.0 still binds. Use <see cref="ContextLength(ContextLengthValues)"/>.</summary>
    [Obsolete(ObsoleteConstructor.Message)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ContextLength(int tokens, string? appliesTo)
        : this(new ContextLengthValues
        {
            Tokens = tokens,
            AppliesTo = appliesTo,
        })
    {
    }

    /// <summary>Tokens the model handles in input and output.</summary>
    public int Tokens { get; }

    /// <summary>The variants this length applies to, as the list names them (e.g. <c>7b, 13b</c>); <see langword="null"/> for all.</summary>
    public string? AppliesTo { get; }

    /// <inheritdoc/>
    public override string ToString() => AppliesTo is null ? Tokens.ToString(System.Globalization.CultureInfo.InvariantCulture) : AppliesTo + ": " + Tokens.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
