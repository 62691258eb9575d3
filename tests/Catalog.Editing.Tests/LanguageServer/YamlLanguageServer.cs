using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using JapaneseLlm.Catalog.Cli.LanguageServer;

namespace JapaneseLlm.Catalog.Editing.Tests.LanguageServer;

/// <summary>
/// The real yaml-language-server (the server inside VS Code's YAML extension), started over stdio and driven as
/// an editor drives it: initialize, settings, then open documents and collect the diagnostics it publishes.
/// Schemas are found the editor's way, through each document's <c># yaml-language-server: $schema=</c> modeline.
/// </summary>
internal sealed class YamlLanguageServer : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>How long the server must stay quiet after the last expected publication before results are read.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(1500);

    private readonly Process process;
    private readonly JsonRpcConnection connection;
    private readonly ConcurrentDictionary<string, IReadOnlyList<EditorDiagnostic>> published = new(StringComparer.Ordinal);
    private long lastPublication = Stopwatch.GetTimestamp();

    private YamlLanguageServer(Process process)
    {
        this.process = process;
        connection = new JsonRpcConnection(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, AnswerServerRequest, OnNotification);
    }

    public static async Task<YamlLanguageServer> Start(string workspaceRoot)
    {
        var start = new ProcessStartInfo("node", [NodeTooling.LanguageServerScript, "--stdio"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var server = new YamlLanguageServer(process);
        var root = new Uri(workspaceRoot).AbsoluteUri;
        await server.connection.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "catalog" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject() },
            },
        }, Timeout);
        await server.connection.Notify("initialized", new JsonObject());
        await server.connection.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["yaml"] = Settings() } });
        return server;
    }

    /// <summary>
    /// Opens each document (path → text; the path need not exist) and returns what the server reports on each.
    /// The server may publish an empty list before its schema is loaded, so with <paramref name="expectErrors"/>
    /// it waits for an error on every document (up to the timeout) rather than for a quiet moment alone.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<EditorDiagnostic>>> Validate(IReadOnlyDictionary<string, string> documents, bool expectErrors = false)
    {
        var uris = documents.Keys.ToDictionary(path => path, path => new Uri(Path.GetFullPath(path)).AbsoluteUri);
        foreach (var uri in uris.Values)
        {
            published.TryRemove(uri, out _);
        }

        foreach (var (path, text) in documents)
        {
            await connection.Notify("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uris[path], ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
            });
        }

        var deadline = Stopwatch.StartNew();
        while (!(uris.Values.All(published.ContainsKey) && Stopwatch.GetElapsedTime(Interlocked.Read(ref lastPublication)) > Quiet
            && (!expectErrors || uris.Values.All(uri => published[uri].Any(diagnostic => diagnostic.Severity == 1)))))
        {
            if (deadline.Elapsed > Timeout)
            {
                throw new TimeoutException($"yaml-language-server published diagnostics for {uris.Values.Count(published.ContainsKey)} of {uris.Count} documents in {Timeout}.");
            }

            await Task.Delay(50);
        }

        foreach (var uri in uris.Values)
        {
            await connection.Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        }

        return uris.ToDictionary(pair => pair.Key, pair => published[pair.Value]);
    }

    /// <summary>What the editor offers at a position (0-based line and character) of a document: the completion labels.</summary>
    public async Task<IReadOnlyList<string>> Complete(string path, string text, int line, int character)
    {
        var uri = await Open(path, text);
        var result = await connection.Request("textDocument/completion", Position(uri, line, character), Timeout);
        await Close(uri);
        var items = result is JsonObject list ? list["items"]?.AsArray() : result?.AsArray();
        return items?.Select(item => item!["label"]!.GetValue<string>()).ToList() ?? [];
    }

    /// <summary>What the editor shows on hover at a position of a document, as markdown.</summary>
    public async Task<string> Hover(string path, string text, int line, int character)
    {
        var uri = await Open(path, text);
        var result = await connection.Request("textDocument/hover", Position(uri, line, character), Timeout);
        await Close(uri);
        return result?["contents"]?["value"]?.GetValue<string>() ?? "";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await connection.Request("shutdown", null, TimeSpan.FromSeconds(5));
            await connection.Notify("exit", null);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is TimeoutException or IOException or InvalidOperationException)
        {
            process.Kill(entireProcessTree: true);
        }

        connection.Dispose();
        process.Dispose();
    }

    private async Task<string> Open(string path, string text)
    {
        var uri = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        await connection.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
        });
        return uri;
    }

    private Task Close(string uri) =>
        connection.Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });

    private static JsonObject Position(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    /// <summary>What VS Code's YAML extension sends by default, less the schema store (no network here, and not our schemas).</summary>
    private static JsonObject Settings() => new()
    {
        ["validate"] = true,
        ["hover"] = true,
        ["completion"] = true,
        ["format"] = new JsonObject { ["enable"] = false },
        ["schemaStore"] = new JsonObject { ["enable"] = false },
        ["yamlVersion"] = "1.2",
        ["disableDefaultProperties"] = false,
    };

    private static JsonNode? AnswerServerRequest(string method, JsonNode? parameters) => method switch
    {
        "workspace/configuration" => new JsonArray(parameters?["items"]?.AsArray().Select(item => item?["section"]?.GetValue<string>() == "yaml" ? (JsonNode)Settings() : null).ToArray() ?? []),
        _ => null,
    };

    private void OnNotification(string method, JsonNode? parameters)
    {
        if (method != "textDocument/publishDiagnostics" || parameters?["uri"]?.GetValue<string>() is not { } uri)
        {
            return;
        }

        var diagnostics = parameters["diagnostics"]!.AsArray().Select(diagnostic => new EditorDiagnostic(
            diagnostic!["range"]!["start"]!["line"]!.GetValue<int>() + 1,
            diagnostic["range"]!["start"]!["character"]!.GetValue<int>() + 1,
            diagnostic["severity"]?.GetValue<int>() ?? 1,
            diagnostic["message"]!.GetValue<string>())).ToList();
        published[uri] = diagnostics;
        Interlocked.Exchange(ref lastPublication, Stopwatch.GetTimestamp());
    }
}
