namespace JapaneseLlm.Catalog.Authoring;

/// <summary>
/// A value that is usually one string (a URL, a variant's label) but may differ per language: in YAML a scalar,
/// or a mapping of <c>ja</c>, <c>en</c> and <c>fr</c>. <see cref="Value"/> is then the English one.
/// </summary>
public readonly record struct LocalizedString(string? Value, LocalizedText? PerLanguage);
