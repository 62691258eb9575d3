using System.Globalization;

namespace JapaneseLlm.Catalog.Authoring.Diagnostics;

/// <summary>A problem found in a catalog file, located by path and span. A value, so pipelines can cache it.</summary>
public sealed record CatalogDiagnostic(string RuleId, DiagnosticSeverityLevel Severity, string Message, string Path, SourceSpan Span)
{
    public static CatalogDiagnostic Create(CatalogRule rule, string path, SourceSpan span, params object[] arguments) =>
        new(rule.Id, rule.DefaultSeverity, string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, arguments), path, span);

    /// <summary>MSBuild's canonical form, so CI annotations read it unchanged.</summary>
    public string ToCanonicalString(string displayPath) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            displayPath,
            Span.Line,
            Span.Column,
            Severity switch
            {
                DiagnosticSeverityLevel.Error => "error",
                DiagnosticSeverityLevel.Warning => "warning",
                _ => "info",
            },
            RuleId,
            Message);
}
