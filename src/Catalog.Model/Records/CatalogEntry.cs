namespace JapaneseLlm.Catalog.Model.Records;

/// <summary>
/// Anything with an id that a catalog file defines: a record file (model, benchmark, paper) or one
/// entry of a registry file. <see cref="IdSpan"/> locates the id, where diagnostics about the whole entry point.
/// </summary>
public abstract record CatalogEntry(string Id, string Path, SourceSpan IdSpan)
{
    /// <summary>The entry kind as users write it in YAML and read it in messages (<c>model</c>, <c>license</c>, …).</summary>
    public abstract string KindName { get; }
}

/// <summary>A reference to another entry by id, with the place it is written.</summary>
public readonly record struct EntryReference(string Id, SourceSpan Span);

/// <summary>A footnote attached to one field of a record (<c>license</c>, <c>architecture</c>, …).</summary>
public readonly record struct FootnoteReference(string Field, string FootnoteId, SourceSpan Span);

/// <summary>A cell's text as shown in each language, overriding what the structured fields would render.</summary>
public sealed record FieldText(string Field, LocalizedText Text);
