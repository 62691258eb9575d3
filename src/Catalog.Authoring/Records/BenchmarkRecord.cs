namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>An evaluation benchmark or data set for Japanese models.</summary>
public sealed record BenchmarkRecord(string Id, string Path) : CatalogEntry(Id, Path)
{
    public override string KindName => "benchmark";

    public string Section { get; init; } = "";

    public LocalizedText Name { get; init; } = LocalizedText.Same("");

    public string? Url { get; init; }

    /// <summary>The HTML anchor the list gives the row, so other rows can link to it.</summary>
    public string? Anchor { get; init; }

    public LocalizedText? Description { get; init; }

    public EquatableArray<EntryReference> Developers { get; init; } = EquatableArray<EntryReference>.Empty;

    public EquatableArray<FootnoteReference> Footnotes { get; init; } = EquatableArray<FootnoteReference>.Empty;

    /// <summary>The link per language, where the languages link to different pages; <see cref="Url"/> is then the English one.</summary>
    public LocalizedText? LocalizedUrl { get; init; }

    /// <summary>Position in its section (smaller first).</summary>
    public int? Order { get; init; }

    /// <summary>Cells shown as written (keys <c>&lt;field&gt;_text</c>), where the structured fields cannot reproduce them.</summary>
    public EquatableArray<FieldText> DisplayTexts { get; init; } = EquatableArray<FieldText>.Empty;

    /// <summary>Cells of columns the catalog has no field for, by column key (<see cref="SectionColumn.Key"/>), as the list writes them.</summary>
    public EquatableArray<FieldText> OtherColumns { get; init; } = EquatableArray<FieldText>.Empty;
}
