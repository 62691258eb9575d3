using System;

// Also compiled into src/Catalog.Authoring, in its records' namespace (see Catalog.Authoring.csproj): the YAML reader,
// the YAML writer, jllm's exports and the runtime's JSON contract spell these closed sets with these methods.
#if JAPANESELLM_CATALOG_AUTHORING
namespace JapaneseLlm.Catalog.Authoring.Records;
#else
namespace JapaneseLlm.Catalog;
#endif

/// <summary>How the catalog's YAML (and the JSON contract) spells the closed sets the records share with the runtime.</summary>
internal static class ClosedSetSpellings
{
    /// <summary><c>text-generation</c>, <c>encoder</c>, …</summary>
    public static string Of(ModelCategory category) => category switch
    {
        ModelCategory.TextGeneration => "text-generation",
        ModelCategory.Encoder => "encoder",
        ModelCategory.Embedding => "embedding",
        ModelCategory.VisionLanguage => "vision-language",
        ModelCategory.Speech => "speech",
        ModelCategory.Music => "music",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary><c>allowed</c>, <c>conditional</c>, <c>not-allowed</c> or <c>unknown</c>.</summary>
    public static string Of(CommercialUse use) => use switch
    {
        CommercialUse.Allowed => "allowed",
        CommercialUse.Conditional => "conditional",
        CommercialUse.NotAllowed => "not-allowed",
        _ => "unknown",
    };

    /// <summary><c>yes</c>, <c>convertible</c> or <c>no</c>; null when not stated.</summary>
    public static string? Of(HuggingFaceSupport support) => support switch
    {
        HuggingFaceSupport.Yes => "yes",
        HuggingFaceSupport.Convertible => "convertible",
        HuggingFaceSupport.No => "no",
        _ => null,
    };
}
