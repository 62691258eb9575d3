using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>How a model's licenses combine into one commercial-use answer.</summary>
public static class CommercialUses
{
    /// <summary>
    /// The most restrictive of <paramref name="uses"/> (allowed &lt; unknown &lt; conditional &lt; not allowed), or
    /// unknown when there are none. The runtime's <c>Model.CommercialUse</c> derives the same order; a test checks
    /// that the generated attributes agree with it.
    /// </summary>
    public static CommercialUse MostRestrictive(IEnumerable<CommercialUse> uses)
    {
        var result = CommercialUse.Unknown;
        var any = false;
        foreach (var use in uses)
        {
            if (!any || Restriction(use) > Restriction(result))
            {
                result = use;
            }

            any = true;
        }

        return result;
    }

    private static int Restriction(CommercialUse use) => use switch
    {
        CommercialUse.Allowed => 0,
        CommercialUse.Unknown => 1,
        CommercialUse.Conditional => 2,
        _ => 3,
    };
}
