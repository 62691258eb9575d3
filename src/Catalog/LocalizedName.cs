namespace JapaneseLlm.Catalog;

/// <summary>
/// A name every record has (a model's, a developer's, a license's, …), in Japanese, English and French. Unlike the
/// optional texts (<see cref="LocalizedText"/>, whose missing translations are <see langword="null"/>), every
/// language here gives a name: one the list writes in fewer languages falls back to another, so
/// <c>model.Name.English</c> needs no null check. <see cref="IsWrittenIn"/> tells a translation from a fallback.
/// </summary>
public sealed class LocalizedName
{
    private readonly string? japanese;
    private readonly string? english;
    private readonly string? french;

    /// <summary>Creates a name from its translations; at least one is given (the catalog's checks require a name).</summary>
    public LocalizedName(string? japanese, string? english, string? french)
    {
        this.japanese = japanese;
        this.english = english;
        this.french = french;
    }

    /// <summary>The Japanese name, else the English, else the French.</summary>
    public string Japanese => japanese ?? english ?? french ?? string.Empty;

    /// <summary>The English name, else the Japanese, else the French.</summary>
    public string English => english ?? japanese ?? french ?? string.Empty;

    /// <summary>The French name, else the English, else the Japanese.</summary>
    public string French => french ?? english ?? japanese ?? string.Empty;

    /// <summary>The name in <paramref name="language"/>, with the same fallbacks as the properties.</summary>
    public string Get(CatalogLanguage language) => language switch
    {
        CatalogLanguage.Japanese => Japanese,
        CatalogLanguage.French => French,
        _ => English,
    };

    /// <summary>Whether the list writes the name in <paramref name="language"/> itself, rather than it falling back.</summary>
    public bool IsWrittenIn(CatalogLanguage language) => (language switch
    {
        CatalogLanguage.Japanese => japanese,
        CatalogLanguage.French => french,
        _ => english,
    }) is not null;

    /// <summary>The English name.</summary>
    public override string ToString() => English;
}
