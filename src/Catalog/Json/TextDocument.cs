namespace JapaneseLlm.Catalog.Json;

/// <summary>A text in the list's three languages, as plain text; a language the list does not write is null.</summary>
public sealed class TextDocument
{
    /// <summary>Japanese.</summary>
    public string? Ja { get; set; }

    /// <summary>English.</summary>
    public string? En { get; set; }

    /// <summary>French.</summary>
    public string? Fr { get; set; }
}
