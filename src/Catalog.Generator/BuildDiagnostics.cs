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

    /// <summary>The Build targets report the same id before compiling; this is what an IDE, which runs the generator without those targets' check, shows.</summary>
    public static readonly DiagnosticDescriptor MissingRuntimeLibrary = new(
        "JLLM0303",
        "The JapaneseLlm.Catalog package is not referenced",
        "JapaneseLlm.Catalog.Build compiles the catalog against the JapaneseLlm.Catalog package, which this project does not reference: add <PackageReference Include=\"JapaneseLlm.Catalog\" Version=\"…\" /> (the same version as JapaneseLlm.Catalog.Build)",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The generated catalog uses the runtime types of JapaneseLlm.Catalog (Model, License, LlmCatalog, …); without them no catalog is generated.",
        helpLinkUri: "https://github.com/japanese-llm-catalog/JapaneseLlm.Catalog/blob/main/docs/diagnostics/JLLM0303.md");
}
