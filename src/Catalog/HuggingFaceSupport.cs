// Also compiled into src/Catalog.Authoring, in its records' namespace (see Catalog.Authoring.csproj).
#if JAPANESELLM_CATALOG_AUTHORING
namespace JapaneseLlm.Catalog.Authoring.Records;
#else
namespace JapaneseLlm.Catalog;
#endif

/// <summary>Whether an encoder loads directly with Hugging Face transformers.</summary>
public enum HuggingFaceSupport
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>On the Hub; loads with <c>AutoModel.from_pretrained()</c>.</summary>
    Yes,

    /// <summary>Not on the Hub, but in a format transformers reads.</summary>
    Convertible,

    /// <summary>Not usable with transformers.</summary>
    No,
}
