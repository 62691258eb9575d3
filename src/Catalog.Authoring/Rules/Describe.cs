using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>The words messages use for kinds and languages, so every rule names them alike.</summary>
internal static class Describe
{
    public static readonly Language[] Languages = { Language.Ja, Language.En, Language.Fr };

    public static string Kind(CatalogEntry entry) =>
        entry.KindName.Length == 0 ? entry.KindName : char.ToUpperInvariant(entry.KindName[0]) + entry.KindName.Substring(1);

    public static string Code(Language language) => language switch
    {
        Language.Ja => "ja",
        Language.En => "en",
        _ => "fr",
    };

    public static string List(IEnumerable<Language> languages) => string.Join(", ", languages.Select(Code));
}
