using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>Commercial-use terms combined: a model or variant is as usable as its most restrictive license lets it be.</summary>
internal static class CommercialUses
{
    /// <summary>The most restrictive terms among <paramref name="licenses"/>; unknown when there are none.</summary>
    public static CommercialUse MostRestrictive(IEnumerable<License> licenses)
    {
        var result = CommercialUse.Allowed;
        var any = false;
        foreach (var license in licenses)
        {
            any = true;
            if (Rank(license.CommercialUse) > Rank(result))
            {
                result = license.CommercialUse;
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
