namespace JapaneseLlm.Catalog.Authoring.Diagnostics;

/// <summary>
/// One diagnostic the catalog can report: the data behind a Roslyn DiagnosticDescriptor, kept free of
/// Roslyn so that the analyzers and <c>jllm check</c> report the same IDs, texts and severities.
/// </summary>
public sealed record CatalogRule(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    DiagnosticSeverityLevel DefaultSeverity,
    string Description)
{
    public string HelpLink => $"https://github.com/japanese-llm-catalog/JapaneseLlm.Catalog/blob/main/docs/diagnostics/{Id}.md";
}
