namespace JapaneseLlm.Catalog.Authoring.Diagnostics;

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

    public const string RepeatedListItem = "JLLM0009";

    public const string DuplicateId = "JLLM0101";

    public const string IdentifierCollision = "JLLM0102";

    public const string UnknownReference = "JLLM0103";

    public const string CyclicSectionParent = "JLLM0104";

    public const string MissingLicense = "JLLM0201";

    public const string UnusedFootnote = "JLLM0202";

    public const string FootnoteMissingLanguage = "JLLM0203";

    public const string MissingOpenAiTermsCaveat = "JLLM0204";

    public const string UnsupportedOpenAiTermsCaveat = "JLLM0205";

    public const string IndividualDeveloperForm = "JLLM0206";

    public const string NonCanonicalDeveloperName = "JLLM0207";

    public const string MissingTranslation = "JLLM0208";

    public const string UndisclosedAsText = "JLLM0209";

    public const string BelowParameterThreshold = "JLLM0210";

    public const string ArchitectureWithoutPaper = "JLLM0211";

    public const string DuplicateHuggingFaceRepo = "JLLM0212";

    public const string MalformedHuggingFaceId = "JLLM0213";

    public const string MalformedUrl = "JLLM0214";

    public const string FutureYear = "JLLM0215";

    public const string AnnouncedInAnotherYear = "JLLM0216";

    public const string BulletListInCell = "JLLM0217";

    public const string PositionEmbeddingOffset = "JLLM0218";

    public const string UnusedSuppression = "JLLM0219";

    public const string LongId = "JLLM0220";
}
