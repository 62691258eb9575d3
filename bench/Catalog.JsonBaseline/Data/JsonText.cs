namespace JapaneseLlm.Catalog.JsonBaseline.Data;

/// <summary>A text in the list's three languages; a missing language is <see langword="null"/>.</summary>
public sealed record JsonText(string? Ja, string? En, string? Fr);
