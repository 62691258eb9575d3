// Also compiled into src/Catalog.Authoring, in its records' namespace (see Catalog.Authoring.csproj).
#if JAPANESELLM_CATALOG_AUTHORING
namespace JapaneseLlm.Catalog.Authoring.Records;
#else
namespace JapaneseLlm.Catalog;
#endif

/// <summary>Whether a license lets you use a model commercially.</summary>
/// <remarks>The values are fixed: the usage analyzers read them from compiled attributes.</remarks>
public enum CommercialUse
{
    /// <summary>The license's terms are not recorded.</summary>
    Unknown = 0,

    /// <summary>Commercial use is allowed.</summary>
    Allowed = 1,

    /// <summary>Commercial use is allowed under conditions (user caps, acceptable-use policies, contacting the developer).</summary>
    Conditional = 2,

    /// <summary>Commercial use is not allowed.</summary>
    NotAllowed = 3,
}
