// Also compiled into src/Catalog.Authoring, in its root namespace (see Catalog.Authoring.csproj), where the texts are
// the list's markdown as the YAML writes them and the tooling adds value equality (Authoring/LocalizedText.cs).
#if JAPANESELLM_CATALOG_AUTHORING
namespace JapaneseLlm.Catalog.Authoring;
#else
namespace JapaneseLlm.Catalog;
#endif

/// <summary>The languages the list is written in.</summary>
public enum CatalogLanguage
{
    /// <summary>Japanese, the list's main language.</summary>
    Japanese,

    /// <summary>English.</summary>
    English,

    /// <summary>French.</summary>
    French,
}

/// <summary>
/// A text as the list shows it in Japanese, English and French, as plain text: the list's links, bold and footnote
/// markers are left out, and where the list breaks a cell (several names, training stages) the text has a line feed.
/// </summary>
public sealed partial class LocalizedText
{
    /// <summary>Creates a text from its three translations; a missing one is <see langword="null"/>.</summary>
    public LocalizedText(string? japanese, string? english, string? french)
    {
        Japanese = japanese;
        English = english;
        French = french;
    }

    /// <summary>The Japanese text, if the list has one.</summary>
    public string? Japanese { get; }

    /// <summary>The English text, if the list has one.</summary>
    public string? English { get; }

    /// <summary>The French text, if the list has one.</summary>
    public string? French { get; }

    /// <summary>The text in <paramref name="language"/>, falling back to English, then Japanese, then French.</summary>
    public string Get(CatalogLanguage language) => WrittenIn(language) ?? English ?? Japanese ?? French ?? string.Empty;

    /// <summary>The English text (or the best fallback).</summary>
    public override string ToString() => Get(CatalogLanguage.English);

    private string? WrittenIn(CatalogLanguage language) => language switch
    {
        CatalogLanguage.Japanese => Japanese,
        CatalogLanguage.English => English,
        CatalogLanguage.French => French,
        _ => null,
    };
}
