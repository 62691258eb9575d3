using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Generator;

/// <summary>What the generator reports about the build's configuration (JLLM03xx), not about the YAML.</summary>
internal static class BuildDiagnostics
{
    public const string Category = "JapaneseLlm.Catalog.Build";

    public static readonly DiagnosticDescriptor UnusableNamespace = new(
        "JLLM0301",
        "Catalog namespace cannot be used",
        "JapaneseLlmCatalogNamespace '{0}' has an empty part, so it names no namespace and no catalog is generated: set JapaneseLlmCatalogNamespace (or RootNamespace) to a dotted name such as Contoso.Catalog",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The namespace of the generated catalog comes from JapaneseLlmCatalogNamespace (default $(RootNamespace).Catalog). Parts are trimmed and made identifiers; a value with an empty part (Contoso..Catalog, .Catalog) cannot be.",
        helpLinkUri: "https://github.com/japanese-llm-catalog/JapaneseLlm.Catalog/blob/main/docs/diagnostics/JLLM0301.md");
}
