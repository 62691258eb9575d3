namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>A model outside the list that the list's models are trained from (Llama, Qwen, Mistral, …).</summary>
public sealed record BaseModelEntry(string Id, string Path) : CatalogEntry(Id, Path)
{
    public override string KindName => "base model";

    public LocalizedText Name { get; init; } = LocalizedText.Same("");

    /// <summary>Who publishes it, by name: most publishers of foreign bases are not among the list's developers.</summary>
    public string? Developer { get; init; }

    public EquatableArray<EntryReference> Licenses { get; init; } = EquatableArray<EntryReference>.Empty;

    /// <summary>The sizes it is published in, as written (<c>7B</c>, <c>1.8B</c>).</summary>
    public EquatableArray<string> Parameters { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Hugging Face repo ids of its releases.</summary>
    public EquatableArray<string> HuggingFaceIds { get; init; } = EquatableArray<string>.Empty;

    public string? Url { get; init; }

    /// <summary>Other spellings the list uses for it; the importer resolves base-model cells through them.</summary>
    public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The foreign base models it was itself trained from (ids of the same registry).</summary>
    public EquatableArray<EntryReference> BaseModels { get; init; } = EquatableArray<EntryReference>.Empty;
}
