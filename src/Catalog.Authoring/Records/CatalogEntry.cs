namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>
/// Anything with an id that a catalog file defines: a record file (model, benchmark, paper) or one
/// entry of a registry file. <see cref="IdSpan"/> locates the id, where diagnostics about the whole entry point.
/// </summary>
public abstract record CatalogEntry(string Id, string Path, SourceSpan IdSpan)
{
    /// <summary>The entry kind as users write it in YAML and read it in messages (<c>model</c>, <c>license</c>, …).</summary>
    public abstract string KindName { get; }

    /// <summary>Where each key and value of the entry is written; see <see cref="FieldLocation"/>.</summary>
    public FieldLocations Locations { get; init; } = FieldLocations.None;

    /// <summary>
    /// A read error left some of the record's fields out (a misspelt key, a value of the wrong type). The checker
    /// still runs every rule on what was read, so a file's problems all show in one pass instead of in rounds, but
    /// the record is never compiled or exported.
    /// </summary>
    public bool IsIncomplete { get; init; }

    /// <summary>Findings of content rules (<c>JLLM02xx</c>) that this entry accepts, each with its reason (<c>suppress:</c>).</summary>
    public EquatableArray<RuleSuppression> Suppressions { get; init; } = EquatableArray<RuleSuppression>.Empty;

    /// <summary>The span of the value at <paramref name="path"/>, else of its key's closest written parent, else of the id.</summary>
    public SourceSpan ValueSpanOf(string path) => Find(path)?.ValueSpan ?? IdSpan;

    /// <summary>The span of the key at <paramref name="path"/>, else of its closest written parent, else of the id.</summary>
    public SourceSpan KeySpanOf(string path) => Find(path)?.KeySpan ?? IdSpan;

    private FieldLocation? Find(string path)
    {
        for (var candidate = path; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (Locations.Find(candidate) is { } location)
            {
                return location;
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(new[] { '.', '[' });
        return cut < 0 ? "" : path.Substring(0, cut);
    }
}

/// <summary>A reference to another entry by id, with the place it is written.</summary>
public readonly record struct EntryReference(string Id, SourceSpan Span);

/// <summary>A footnote attached to one field of a record (<c>license</c>, <c>architecture</c>, …).</summary>
public readonly record struct FootnoteReference(string Field, string FootnoteId, SourceSpan Span);

/// <summary>A cell's text as shown in each language, overriding what the structured fields would render.</summary>
public sealed record FieldText(string Field, LocalizedText Text);
