using JapaneseLlm.Catalog.Authoring.Diagnostics;
using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;

/// <summary>A diagnostic as the tests compare it: id, severity, file and 1-based line and column, as editors and MSBuild show them.</summary>
internal sealed record Finding(string Id, DiagnosticSeverity Severity, string Path, int Line, int Column)
{
    public static Finding From(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new Finding(diagnostic.Id, diagnostic.Severity, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    public static Finding From(CatalogDiagnostic diagnostic) =>
        new(diagnostic.RuleId, ToRoslyn(diagnostic.Severity), diagnostic.Path, diagnostic.Span.Line, diagnostic.Span.Column);

    public static DiagnosticSeverity ToRoslyn(DiagnosticSeverityLevel level) => level switch
    {
        DiagnosticSeverityLevel.Error => DiagnosticSeverity.Error,
        DiagnosticSeverityLevel.Warning => DiagnosticSeverity.Warning,
        DiagnosticSeverityLevel.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    public override string ToString() => $"{Path}({Line},{Column}): {Severity} {Id}";
}
