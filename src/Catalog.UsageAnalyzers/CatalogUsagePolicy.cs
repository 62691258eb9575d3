using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JapaneseLlm.Catalog.UsageAnalyzers;

/// <summary>
/// Reads the use a project declares once in its project file, <c>&lt;JapaneseLlmCatalogUsage&gt;commercial&lt;/JapaneseLlmCatalogUsage&gt;</c>
/// (the package's build props make the property visible to the analyzer), and gives the severity each usage rule gets for it:
/// <list type="table">
/// <item><term>commercial</term><description>JLLM1001 (forbids commercial use) error; JLLM1002 (conditions) and JLLM1003 (OpenAI terms) warnings.</description></item>
/// <item><term>research, personal</term><description>JLLM1001 and JLLM1002 hidden: the catalog records commercial-use terms only, and
/// those do not bind non-commercial use; JLLM1003 stays informational (OpenAI's terms restrict developing competing models,
/// whatever the use).</description></item>
/// <item><term>not set</term><description>every rule informational (its default).</description></item>
/// </list>
/// The severity is the one the diagnostic is reported with, so <c>.editorconfig</c>, <c>.globalconfig</c>, <c>NoWarn</c>
/// and <c>#pragma</c> still override it for one file, one rule or one line.
/// </summary>
internal static class CatalogUsagePolicy
{
    public const string PropertyName = "JapaneseLlmCatalogUsage";

    /// <summary>
    /// The declared usage (case and surrounding spaces ignored); a value that is none of the known ones comes back in
    /// <paramref name="unknownValue"/> for JLLM1004, and the rules keep their defaults.
    /// </summary>
    public static CatalogUsage Read(AnalyzerConfigOptions globalOptions, out string? unknownValue)
    {
        unknownValue = null;
        if (!globalOptions.TryGetValue("build_property." + PropertyName, out var value) || value.Trim().Length == 0)
        {
            return CatalogUsage.Unspecified;
        }

        switch (value.Trim().ToLowerInvariant())
        {
            case "commercial":
                return CatalogUsage.Commercial;
            case "research":
                return CatalogUsage.Research;
            case "personal":
                return CatalogUsage.Personal;
            default:
                unknownValue = value;
                return CatalogUsage.Unspecified;
        }
    }

    public static DiagnosticSeverity SeverityOf(DiagnosticDescriptor rule, CatalogUsage usage)
    {
        var isCommercialTerm = rule == UsageDescriptors.NonCommercialLicense || rule == UsageDescriptors.ConditionalLicense;
        return usage switch
        {
            CatalogUsage.Commercial => rule == UsageDescriptors.NonCommercialLicense ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            CatalogUsage.Research or CatalogUsage.Personal when isCommercialTerm => DiagnosticSeverity.Hidden,
            _ => rule.DefaultSeverity,
        };
    }
}
