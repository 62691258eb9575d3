using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

// The Language Server Protocol's messages that jllm lsp sends, as plain records: the formatter writes them in
// camelCase and leaves null members out (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/).

/// <summary>A zero-based line and a UTF-16 character offset in it, the protocol's default position encoding.</summary>
internal sealed record Position(int Line, int Character);

internal sealed record LspRange(Position Start, Position End);

internal sealed record LspLocation(string Uri, LspRange Range);

internal sealed record CodeDescription(string Href);

/// <summary>Severity 1 is an error, 2 a warning, 3 information.</summary>
internal sealed record LspDiagnostic(LspRange Range, int Severity, string Code, CodeDescription CodeDescription, string Source, string Message);

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

internal sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

internal sealed record Hover(MarkupContent Contents, LspRange Range);

internal sealed record TextEdit(LspRange Range, string NewText);

internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

internal sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic> Diagnostics, bool IsPreferred, WorkspaceEdit Edit);

/// <summary>Kind 10 is a property (a key), 12 a value, 18 a reference (a registry id).</summary>
internal sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation, TextEdit TextEdit);

internal sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);
