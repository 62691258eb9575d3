using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>A catalog diagnostic as the protocol carries it: the rule's id, its help link and the checker's message, unchanged.</summary>
internal static class DiagnosticMessages
{
    public static LspDiagnostic ToLsp(CatalogDiagnostic diagnostic) => new(
        TextLines.RangeOf(diagnostic.Span),
        diagnostic.Severity switch
        {
            DiagnosticSeverityLevel.Error => 1,
            DiagnosticSeverityLevel.Warning => 2,
            DiagnosticSeverityLevel.Info => 3,
            _ => 4,
        },
        diagnostic.RuleId,
        new CodeDescription(HelpLink(diagnostic.RuleId)),
        "jllm",
        diagnostic.Message);

    private static string HelpLink(string ruleId) =>
        CatalogRules.All.FirstOrDefault(rule => rule.Id == ruleId)?.HelpLink ?? new CatalogRule(ruleId, "", "", "", DiagnosticSeverityLevel.Error, "").HelpLink;
}
