namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="FootnoteAttachment"/> is built from: set in an object initializer and passed to <see cref="FootnoteAttachment(FootnoteAttachmentValues)"/>.</summary>
/// <remarks>
/// A shape that grows by members, not parameters (see <see cref="ModelValues"/>). <see cref="Field"/> and <see
/// cref="Footnote"/> are required.
/// </remarks>
public sealed class FootnoteAttachmentValues
{
    /// <inheritdoc cref="FootnoteAttachment.Field"/>
    public string? Field;

    /// <inheritdoc cref="FootnoteAttachment.Footnote"/>
    public Footnote? Footnote;
}
