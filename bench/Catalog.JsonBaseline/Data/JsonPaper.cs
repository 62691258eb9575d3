namespace JapaneseLlm.Catalog.JsonBaseline.Data;

/// <summary>The original paper of an architecture or a training method.</summary>
public sealed record JsonPaper(string Id, JsonText Name, string Section, DateTime? Published, string? Venue, string Title, string? Url);
