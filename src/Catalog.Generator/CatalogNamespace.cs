using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JapaneseLlm.Catalog.Generator;

/// <summary>
/// The namespace generated code goes into: <c>JapaneseLlm.Catalog</c> for the bundled catalog, or the
/// MSBuild property <c>JapaneseLlmCatalogNamespace</c> for a project that compiles its own catalog.
/// </summary>
internal static class CatalogNamespace
{
    public const string Default = "JapaneseLlm.Catalog";
    public const string PropertyName = "build_property.JapaneseLlmCatalogNamespace";

    public static string From(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue(PropertyName, out var value) && IsValid(value.Trim()) ? value.Trim() : Default;

    /// <summary>A dotted name of C# identifiers; anything else falls back to the default rather than breaking the build.</summary>
    public static bool IsValid(string value) =>
        value.Length > 0 && value.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
}
