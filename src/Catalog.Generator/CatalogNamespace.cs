using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JapaneseLlm.Catalog.Generator;

/// <summary>
/// The namespace generated code goes into: <c>JapaneseLlm.Catalog</c> for the bundled catalog (whose build sets no
/// property), or the MSBuild property <c>JapaneseLlmCatalogNamespace</c> for a project that compiles its own
/// catalog. A project's value is never replaced by the package's own namespace: that clashed with the package's
/// types (CS0436) and left <c>GeneratedCatalog</c> out. What can be made a namespace is (each part trimmed, and
/// made an identifier the way project templates make one of a project name: <c>my-app</c> → <c>my_app</c>);
/// a value with an empty part is reported (JLLM0301) and nothing is generated.
/// </summary>
internal static class CatalogNamespace
{
    public const string Default = "JapaneseLlm.Catalog";
    public const string PropertyName = "build_property.JapaneseLlmCatalogNamespace";

    public static NamespaceChoice From(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue(PropertyName, out var value) ? FromProperty(value) : new NamespaceChoice(Default, null);

    public static NamespaceChoice FromProperty(string value)
    {
        var parts = value.Split('.');
        var name = new StringBuilder(value.Length + 8);
        foreach (var part in parts)
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0)
            {
                return new NamespaceChoice(null, value);
            }

            AppendIdentifier(name.Append(name.Length > 0 ? "." : string.Empty), trimmed);
        }

        return new NamespaceChoice(name.ToString(), null);
    }

    /// <summary>Every character an identifier cannot hold becomes '_'; a leading digit gets '_' before it, a keyword '@'.</summary>
    private static void AppendIdentifier(StringBuilder name, string part)
    {
        if (SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
        {
            name.Append('@').Append(part);
            return;
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(part[0]))
        {
            name.Append('_');
        }

        foreach (var character in part)
        {
            name.Append(SyntaxFacts.IsIdentifierPartCharacter(character) ? character : '_');
        }
    }
}

/// <summary>The namespace to generate into, or the property value that cannot be made one.</summary>
internal sealed record NamespaceChoice(string? Namespace, string? UnusableValue);
