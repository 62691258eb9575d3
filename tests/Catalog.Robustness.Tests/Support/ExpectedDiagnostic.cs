using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>A diagnostic as a test expects it: rule id and the 1-based line and column MSBuild prints.</summary>
internal readonly record struct ExpectedDiagnostic(string RuleId, int Line, int Column)
{
    public static ExpectedDiagnostic Of(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return new ExpectedDiagnostic(diagnostic.Id, start.Line + 1, start.Character + 1);
    }

    public override string ToString() => $"{RuleId} {Line} {Column}";
}
