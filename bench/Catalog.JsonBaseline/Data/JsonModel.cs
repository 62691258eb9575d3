namespace JapaneseLlm.Catalog.JsonBaseline.Data;

/// <summary>One model family, with the fields the generated <c>Model</c> exposes; references are registry ids.</summary>
public sealed record JsonModel(
    string Id,
    JsonText Name,
    string? Url,
    string Category,
    string Section,
    int? Year,
    DateTime? Announced,
    JsonText? Domain,
    JsonText? Architecture,
    JsonText? BaseModel,
    IReadOnlyList<JsonContextLength> ContextLengths,
    JsonText? TrainingData,
    IReadOnlyList<string> Developers,
    IReadOnlyList<string> Licenses,
    JsonText? Platform,
    string? HuggingFaceSupport,
    IReadOnlyList<JsonVariant> Variants,
    IReadOnlyList<string> Datasets,
    IReadOnlyList<JsonFootnoteAttachment> Footnotes);

/// <summary>One size or release of a model family.</summary>
public sealed record JsonVariant(string Label, string? HuggingFaceId, string? Url, long? Parameters, long? ActiveParameters, IReadOnlyList<string> Licenses);

/// <summary>A context length, for the whole family or the variants named in <see cref="AppliesTo"/>.</summary>
public sealed record JsonContextLength(int Tokens, string? AppliesTo);

/// <summary>A footnote attached to one field of a record.</summary>
public sealed record JsonFootnoteAttachment(string Field, string Footnote);
