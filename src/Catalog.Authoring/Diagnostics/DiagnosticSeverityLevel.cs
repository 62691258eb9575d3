namespace JapaneseLlm.Catalog.Authoring.Diagnostics;

/// <summary>Mirrors Roslyn's DiagnosticSeverity so that jllm can report without referencing Roslyn.</summary>
public enum DiagnosticSeverityLevel
{
    Hidden,
    Info,
    Warning,
    Error,
}
