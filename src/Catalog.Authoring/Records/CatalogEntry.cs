namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>
/// Anything with an id that a catalog file defines: a record file (model, benchmark, paper) or one entry of a
/// registry file. Only the data: where it is written is kept beside it (<see cref="EntryLocations"/>), so that
/// moving its text leaves it equal.
/// </summary>
public abstract record CatalogEntry(string Id, string Path)
{
    /// <summary>The entry kind as users write it in YAML and read it in messages (<c>model</c>, <c>license</c>, …).</summary>
    public abstract string KindName { get; }

    /// <summary>
    /// A read error left some of the record's fields out (a misspelt key, a value of the wrong type). The checker
    /// still runs every rule on what was read, so a file's problems all show in one pass instead of in rounds, but
    /// the record is never compiled or exported.
    /// </summary>
    public bool IsIncomplete { get; init; }

    /// <summary>Findings of content rules (<c>JLLM02xx</c>) that this entry accepts, each with its reason (<c>suppress:</c>).</summary>
    public EquatableArray<RuleSuppression> Suppressions { get; init; } = EquatableArray<RuleSuppression>.Empty;

    /// <summary>Phrases of the entry's texts that refer to a page (<c>links:</c>); the texts themselves are plain.</summary>
    public EquatableArray<TextLink> Links { get; init; } = EquatableArray<TextLink>.Empty;
}

/// <summary>A reference to another entry by id.</summary>
public readonly record struct EntryReference(string Id);

/// <summary>A footnote attached to one field of a record (<c>license</c>, <c>architecture</c>, …).</summary>
public readonly record struct FootnoteReference(string Field, string FootnoteId);

/// <summary>A cell's text as shown in each language, overriding what the structured fields would render.</summary>
public sealed record FieldText(string Field, LocalizedText Text);
