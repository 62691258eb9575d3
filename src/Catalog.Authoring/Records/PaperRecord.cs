namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>The original paper of an architecture or a training method.</summary>
public sealed record PaperRecord(string Id, string Path) : CatalogEntry(Id, Path)
{
    public override string KindName => "paper";

    public string Section { get; init; } = "";

    /// <summary>What the paper introduced (<c>Transformer</c>, <c>DPO</c>, …).</summary>
    public LocalizedText Name { get; init; } = LocalizedText.Same("");

    /// <summary>First publication date, <c>yyyy-MM-dd</c>.</summary>
    public string? Published { get; init; }

    /// <summary>The venue, or <see langword="null"/> for a preprint.</summary>
    public string? Venue { get; init; }

    public string Title { get; init; } = "";

    public string? Url { get; init; }

    /// <summary>Position in its section among papers of the same date (smaller first).</summary>
    public int? Order { get; init; }
}
