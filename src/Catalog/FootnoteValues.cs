namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="Footnote"/> is built from: set in an object initializer and passed to <see cref="Footnote(FootnoteValues)"/>.</summary>
/// <remarks>
/// A shape that grows by members, not parameters (see <see cref="ModelValues"/>). <see cref="Id"/> and <see
/// cref="Text"/> are required.
/// </remarks>
public sealed class FootnoteValues
{
    /// <inheritdoc cref="Footnote.Id"/>
    public string? Id;

    /// <inheritdoc cref="Footnote.Text"/>
    public LocalizedText? Text;

    /// <inheritdoc cref="Footnote.IsOpenAiTermsCaveat"/>
    public bool IsOpenAiTermsCaveat;
}
