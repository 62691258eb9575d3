using System.Collections.Generic;

// Also compiled into src/Catalog.Authoring, in its records' namespace (see Catalog.Authoring.csproj): the generator's
// usage attributes and the runtime's Model.CommercialUse combine licenses with this one method.
#if JAPANESELLM_CATALOG_AUTHORING
namespace JapaneseLlm.Catalog.Authoring.Records;
#else
namespace JapaneseLlm.Catalog;
#endif

/// <summary>Commercial-use terms combined: a model or variant is as usable as its most restrictive license lets it be.</summary>
internal static class CommercialUses
{
    /// <summary>
    /// The most restrictive of <paramref name="uses"/> (allowed &lt; unknown &lt; conditional &lt; not allowed), or
    /// unknown when there are none.
    /// </summary>
    public static CommercialUse MostRestrictive(IEnumerable<CommercialUse> uses)
    {
        var result = CommercialUse.Allowed;
        var any = false;
        foreach (var use in uses)
        {
            any = true;
            if (Rank(use) > Rank(result))
            {
                result = use;
            }
        }

        return any ? result : CommercialUse.Unknown;
    }

    private static int Rank(CommercialUse use) => use switch
    {
        CommercialUse.Allowed => 0,
        CommercialUse.Unknown => 1,
        CommercialUse.Conditional => 2,
        _ => 3,
    };
}
