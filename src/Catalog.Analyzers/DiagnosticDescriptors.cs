using System.Collections.Immutable;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Analyzers;

/// <summary>
/// The Roslyn descriptors of the shared rules (<see cref="CatalogRules"/>), made from them rather than declared
/// again: a rule's id, texts and severity are written once. Release tracking is checked by a test against
/// AnalyzerReleases.Unshipped.md, not by RS2000, which only reads descriptors built from constants.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = CatalogRules.All.Select(Create).ToImmutableArray();

    public static ImmutableDictionary<string, DiagnosticDescriptor> ById { get; } = All.ToImmutableDictionary(descriptor => descriptor.Id);

    public static DiagnosticSeverity ToSeverity(DiagnosticSeverityLevel level) => level switch
    {
        DiagnosticSeverityLevel.Error => DiagnosticSeverity.Error,
        DiagnosticSeverityLevel.Warning => DiagnosticSeverity.Warning,
        DiagnosticSeverityLevel.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

#pragma warning disable RS1017 // The ids are constants, in CatalogRules; Roslyn cannot see through the indirection.
    private static DiagnosticDescriptor Create(CatalogRule rule) =>
        new(rule.Id, rule.Title, "{0}", rule.Category, ToSeverity(rule.DefaultSeverity), isEnabledByDefault: true, description: rule.Description, helpLinkUri: rule.HelpLink);
#pragma warning restore RS1017
}
