using System;
using System.Collections.Generic;

// Also compiled into src/Catalog.Authoring, in its records' namespace (see Catalog.Authoring.csproj): the runtime's
// Model, the generator (from specs) and jllm's renderer (from records) combine a family with its variants with these
// methods, so that a model's largest size and its licenses have one definition.
#if JAPANESELLM_CATALOG_AUTHORING
namespace JapaneseLlm.Catalog.Authoring.Records;
#else
namespace JapaneseLlm.Catalog;
#endif

/// <summary>The facts of a model family that its variants take part in: its largest size, all its licenses.</summary>
internal static class FamilyAndVariants
{
    /// <summary>The largest of the family's size and its variants' sizes, or null when none is known.</summary>
    public static long? LargestSize<TVariant>(long? family, IEnumerable<TVariant> variants, Func<TVariant, long?> size)
    {
        var largest = family;
        foreach (var variant in variants)
        {
            largest = size(variant) is { } count && (largest is null || count > largest) ? count : largest;
        }

        return largest;
    }

    /// <summary>The family's licenses followed by any variant's own, each id once, in that order.</summary>
    public static List<TLicense> Licenses<TLicense, TVariant>(
        IEnumerable<TLicense> family,
        IEnumerable<TVariant> variants,
        Func<TVariant, IEnumerable<TLicense>> licensesOf,
        Func<TLicense, string> id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var licenses = new List<TLicense>();
        foreach (var license in family)
        {
            if (seen.Add(id(license)))
            {
                licenses.Add(license);
            }
        }

        foreach (var variant in variants)
        {
            foreach (var license in licensesOf(variant))
            {
                if (seen.Add(id(license)))
                {
                    licenses.Add(license);
                }
            }
        }

        return licenses;
    }
}
