namespace JapaneseLlm.Catalog.Editing.Tests.LanguageServer;

/// <summary>A diagnostic the language server published, as the editor shows it: 1-based line, message, severity (1 error … 4 hint).</summary>
internal sealed record EditorDiagnostic(int Line, int Column, int Severity, string Message)
{
    public override string ToString() => $"{Line}:{Column} [{Severity}] {Message}";
}
