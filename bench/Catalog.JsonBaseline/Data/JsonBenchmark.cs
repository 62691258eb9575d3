namespace JapaneseLlm.Catalog.JsonBaseline.Data;

/// <summary>An evaluation benchmark.</summary>
public sealed record JsonBenchmark(
    string Id,
    JsonText Name,
    string? Url,
    string Section,
    string? Anchor,
    JsonText? Description,
    IReadOnlyList<string> Developers,
    IReadOnlyList<JsonFootnoteAttachment> Footnotes);
