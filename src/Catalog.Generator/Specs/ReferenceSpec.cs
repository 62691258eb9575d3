namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>A resolved reference: the target's position in its table and the name docs show for it, as plain text.</summary>
internal sealed record ReferenceSpec(int Index, string Id, string Identifier, string DisplayName);

/// <summary>A footnote attached to a field, resolved.</summary>
internal sealed record FootnoteAttachmentSpec(string Field, ReferenceSpec Footnote);
