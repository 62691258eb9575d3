using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>The words messages use for kinds and languages, so every rule names them alike.</summary>
internal static class Describe
{
    public static readonly CatalogLanguage[] Languages = { CatalogLanguage.Japanese, CatalogLanguage.English, CatalogLanguage.French };

    public static string Kind(CatalogEntry entry) =>
        entry.KindName.Length == 0 ? entry.KindName : char.ToUpperInvariant(entry.KindName[0]) + entry.KindName.Substring(1);

    public static string Code(CatalogLanguage language) => language switch
    {
        CatalogLanguage.Japanese => "ja",
        CatalogLanguage.English => "en",
        _ => "fr",
    };

    public static string List(IEnumerable<CatalogLanguage> languages) => string.Join(", ", languages.Select(Code));
}
