using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using System.Threading.Tasks;
using JapaneseLlm.Catalog.Authoring.Diagnostics;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>
/// The methods <c>jllm lsp</c> answers. Documents are synchronised whole (<c>TextDocumentSyncKind.Full</c>): a catalog
/// file is a few kilobytes and is parsed whole anyway. After each change the open documents' diagnostics are worked
/// out again and published where they changed, so fixing a registry clears the findings in the records that use it.
/// </summary>
internal sealed class CatalogLanguageServer
{
    /// <summary>The protocol's JSON: camelCase members, and absent ones left out rather than written as null.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly object gate = new();
    private readonly Channel<bool> changes = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, IReadOnlyList<CatalogDiagnostic>> published = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TextWriter log;

    private JsonRpcConnection? connection;
    private CatalogWorkspace? workspace;
    private string? workspaceFolder;
    private bool shutdownRequested;

    public CatalogLanguageServer(TextWriter log) => this.log = log;

    /// <summary>The process's exit code once the client sent <c>exit</c>: 0 after <c>shutdown</c>, 1 without.</summary>
    private Task<int> Exited => exited.Task;

    /// <summary>Serves the editor on the other end of <paramref name="input"/> and <paramref name="output"/> until it sends <c>exit</c> or closes them.</summary>
    public async Task<int> Serve(Stream input, Stream output)
    {
        using (connection = new JsonRpcConnection(output, input, Answer, OnNotification))
        {
            var publishing = Task.Run(PublishChanges);
            var finished = await Task.WhenAny(Exited, connection.Completion);
            changes.Writer.TryComplete();
            await publishing;

            // The client closing the pipe without 'exit' is an exit without 'shutdown', which the protocol answers with 1.
            return finished == Exited ? await Exited : 1;
        }
    }

    private JsonNode? Answer(string method, JsonNode? parameters)
    {
        object? result = method switch
        {
            "initialize" => Initialize(Read(parameters)),
            "shutdown" => Shutdown(),
            "textDocument/completion" => Completion(Read(parameters)),
            "textDocument/hover" => Hover(Read(parameters)),
            "textDocument/definition" => Definition(Read(parameters)),
            "textDocument/references" => References(Read(parameters)),
            "textDocument/codeAction" => CodeAction(Read(parameters)),
            _ => throw new MissingMethodException(method),
        };
        return result is null ? null : JsonSerializer.SerializeToNode(result, Json);
    }

    /// <summary>
    /// Notifications the server does not know ($/setTrace, $/cancelRequest: every answer is immediate) are ignored, as
    /// the protocol allows. One it cannot read is logged: a notification has no answer to carry the error, and the
    /// server must live on.
    /// </summary>
    private void OnNotification(string method, JsonNode? parameters)
    {
        try
        {
            Handle(method, parameters);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            log.WriteLine($"jllm lsp: {method} ignored: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private void Handle(string method, JsonNode? parameters)
    {
        switch (method)
        {
            case "textDocument/didOpen":
                DidOpen(Read(parameters));
                break;
            case "textDocument/didChange":
                DidChange(Read(parameters));
                break;
            case "textDocument/didClose":
                DidClose(Read(parameters));
                break;
            case "exit":
                exited.TrySetResult(shutdownRequested ? 0 : 1);
                break;
        }
    }

    private static JsonElement Read(JsonNode? parameters) => parameters is null ? default : JsonSerializer.SerializeToElement(parameters);

    private object Initialize(JsonElement parameters)
    {
        workspaceFolder = FolderOf(parameters);
        return new
        {
            capabilities = new
            {
                textDocumentSync = new { openClose = true, change = 1 },
                completionProvider = new { triggerCharacters = new[] { " ", "-", "[", "," } },
                hoverProvider = true,
                definitionProvider = true,
                referencesProvider = true,
                codeActionProvider = new { codeActionKinds = new[] { "quickfix" } },
            },
            serverInfo = new { name = "jllm", version = typeof(CatalogLanguageServer).Assembly.GetName().Version?.ToString() },
        };
    }

    private object? Shutdown()
    {
        shutdownRequested = true;
        return null;
    }

    private void DidOpen(JsonElement parameters)
    {
        var document = parameters.GetProperty("textDocument");
        Update(document.GetProperty("uri").GetString()!, document.GetProperty("text").GetString()!, document.GetProperty("version").GetInt32());
    }

    private void DidChange(JsonElement parameters)
    {
        var document = parameters.GetProperty("textDocument");
        var changed = parameters.GetProperty("contentChanges").EnumerateArray().LastOrDefault();
        if (changed.ValueKind == JsonValueKind.Object && changed.TryGetProperty("text", out var text))
        {
            Update(document.GetProperty("uri").GetString()!, text.GetString()!, document.GetProperty("version").GetInt32());
        }
    }

    private void DidClose(JsonElement parameters)
    {
        var path = LanguageServerUris.ToPath(parameters.GetProperty("textDocument").GetProperty("uri").GetString()!);
        lock (gate)
        {
            Workspace(path).Close(path);
            published.Remove(path);
        }

        // An editor keeps a closed file's last diagnostics unless told otherwise.
        _ = connection?.Notify("textDocument/publishDiagnostics", JsonSerializer.SerializeToNode(new PublishDiagnosticsParams(LanguageServerUris.FromPath(path), null, []), Json));
        changes.Writer.TryWrite(true);
    }

    private CompletionList Completion(JsonElement parameters) =>
        OnDocument(parameters, (features, document, position) => features.Complete(document, position)) ?? new CompletionList(false, []);

    private Hover? Hover(JsonElement parameters) =>
        OnDocument(parameters, (features, document, position) => features.Hover(document, position));

    private IReadOnlyList<LspLocation> Definition(JsonElement parameters) =>
        OnDocument(parameters, (features, document, position) => features.Definition(document, position)) ?? [];

    private IReadOnlyList<LspLocation> References(JsonElement parameters)
    {
        var includeDeclaration = parameters.TryGetProperty("context", out var context) && context.TryGetProperty("includeDeclaration", out var include) && include.GetBoolean();
        return OnDocument(parameters, (features, document, position) => features.References(document, position, includeDeclaration)) ?? [];
    }

    private IReadOnlyList<CodeAction> CodeAction(JsonElement parameters)
    {
        var uri = parameters.GetProperty("textDocument").GetProperty("uri").GetString()!;
        var range = ReadRange(parameters.GetProperty("range"));
        var path = LanguageServerUris.ToPath(uri);
        lock (gate)
        {
            var workspace = Workspace(path);
            if (workspace.Find(path) is not { } document)
            {
                return [];
            }

            var actions = new List<CodeAction>();
            foreach (var diagnostic in workspace.DiagnosticsOf(path).Where(diagnostic => Overlaps(TextLines.RangeOf(diagnostic.Span), range)))
            {
                foreach (var (title, edits) in QuickFixes.For(diagnostic, document))
                {
                    var changes = new Dictionary<string, IReadOnlyList<TextEdit>> { [uri] = edits };
                    actions.Add(new CodeAction(title, "quickfix", [DiagnosticMessages.ToLsp(diagnostic)], IsPreferred: actions.Count == 0, new WorkspaceEdit(changes)));
                }
            }

            return actions;
        }
    }

    private T? OnDocument<T>(JsonElement parameters, Func<LanguageFeatures, CatalogDocument, Position, T?> answer)
        where T : class
    {
        var path = LanguageServerUris.ToPath(parameters.GetProperty("textDocument").GetProperty("uri").GetString()!);
        var position = ReadPosition(parameters.GetProperty("position"));
        lock (gate)
        {
            var workspace = Workspace(path);
            return workspace.Find(path) is { } document ? answer(new LanguageFeatures(workspace), document, position) : null;
        }
    }

    private void Update(string uri, string text, int version)
    {
        var path = LanguageServerUris.ToPath(uri);
        lock (gate)
        {
            Workspace(path).Update(path, text, version);
        }

        changes.Writer.TryWrite(true);
    }

    /// <summary>
    /// Publishes the open documents' diagnostics after changes, one pass for however many changes arrived meanwhile:
    /// a burst of keystrokes is checked once, at its last text.
    /// </summary>
    private async Task PublishChanges()
    {
        while (await changes.Reader.WaitToReadAsync())
        {
            while (changes.Reader.TryRead(out _))
            {
            }

            var notifications = new List<PublishDiagnosticsParams>();
            try
            {
                lock (gate)
                {
                    foreach (var path in workspace?.OpenPaths.ToList() ?? [])
                    {
                        var diagnostics = workspace!.DiagnosticsOf(path);
                        if (!published.TryGetValue(path, out var last) || !last.SequenceEqual(diagnostics))
                        {
                            published[path] = diagnostics;
                            notifications.Add(new PublishDiagnosticsParams(LanguageServerUris.FromPath(path), workspace.Find(path)?.Version, diagnostics.Select(DiagnosticMessages.ToLsp).ToList()));
                        }
                    }
                }

                foreach (var notification in notifications)
                {
                    await connection!.Notify("textDocument/publishDiagnostics", JsonSerializer.SerializeToNode(notification, Json));
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // One failed pass must not end the server: the next change tries again.
                await log.WriteLineAsync("jllm lsp: " + exception);
            }
        }
    }

    /// <summary>The workspace for a document: the catalog folder of the client's root, else of the document's folders.</summary>
    private CatalogWorkspace Workspace(string documentPath)
    {
        if (workspace is null || (workspace.Root is null && !workspace.OpenPaths.Any()))
        {
            var root = (workspaceFolder is null ? null : CatalogWorkspace.FindRoot(workspaceFolder)) ?? CatalogWorkspace.FindRoot(Path.GetDirectoryName(documentPath)!);
            workspace = CatalogWorkspace.Load(root);
            log.WriteLine(root is null ? "jllm lsp: no catalog folder (one holding registries/) found; each file is checked alone" : "jllm lsp: catalog " + root);
        }

        return workspace;
    }

    private static string? FolderOf(JsonElement parameters)
    {
        if (parameters.TryGetProperty("workspaceFolders", out var folders) && folders.ValueKind == JsonValueKind.Array && folders.GetArrayLength() > 0)
        {
            return LanguageServerUris.ToPath(folders[0].GetProperty("uri").GetString()!);
        }

        if (parameters.TryGetProperty("rootUri", out var rootUri) && rootUri.ValueKind == JsonValueKind.String)
        {
            return LanguageServerUris.ToPath(rootUri.GetString()!);
        }

        return parameters.TryGetProperty("rootPath", out var rootPath) && rootPath.ValueKind == JsonValueKind.String ? rootPath.GetString() : null;
    }

    private static Position ReadPosition(JsonElement position) => new(Math.Max(0, position.GetProperty("line").GetInt32()), Math.Max(0, position.GetProperty("character").GetInt32()));

    private static LspRange ReadRange(JsonElement range) => new(ReadPosition(range.GetProperty("start")), ReadPosition(range.GetProperty("end")));

    private static bool Overlaps(LspRange left, LspRange right) => Compare(left.Start, right.End) <= 0 && Compare(right.Start, left.End) <= 0;

    private static int Compare(Position left, Position right) => left.Line != right.Line ? left.Line.CompareTo(right.Line) : left.Character.CompareTo(right.Character);
}
