namespace JapaneseLlm.Catalog.JsonBaseline.Data;

/// <summary>A developer registry entry.</summary>
public sealed record JsonDeveloper(string Id, JsonText Name, bool Individual, string? Url);

/// <summary>A license registry entry.</summary>
public sealed record JsonLicense(string Id, JsonText Name, string? Spdx, string? HuggingFaceLicense, string CommercialUse, string? Url);

/// <summary>A data set registry entry.</summary>
public sealed record JsonDataset(string Id, JsonText Name, string? Url, IReadOnlyList<string> GeneratedBy, string? GeneratedBySource);

/// <summary>A footnote registry entry.</summary>
public sealed record JsonFootnote(string Id, JsonText Text, bool OpenAiTermsCaveat);
