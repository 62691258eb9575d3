namespace JapaneseLlm.Catalog.Model.Diagnostics;

/// <summary>The stable diagnostic IDs, as constants so that Roslyn's release tracking can read them.</summary>
public static class CatalogRuleIds
{
    public const string InvalidYaml = "JLLM0001";

    public const string UnknownKey = "JLLM0002";

    public const string WrongValueType = "JLLM0003";

    public const string MissingKey = "JLLM0004";

    public const string DuplicateKey = "JLLM0005";

    public const string InvalidDocument = "JLLM0006";

    public const string UnsupportedYaml = "JLLM0007";

    public const string InvalidValue = "JLLM0008";

    public const string DuplicateId = "JLLM0101";

    public const string IdentifierCollision = "JLLM0102";

    public const string UnknownReference = "JLLM0103";
}
