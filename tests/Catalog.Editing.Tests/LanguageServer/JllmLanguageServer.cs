using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using JapaneseLlm.Catalog.Cli.LanguageServer;

namespace JapaneseLlm.Catalog.Editing.Tests.LanguageServer;

/// <summary>
/// <c>jllm lsp</c> as a separate process over stdio, driven the way an editor drives it: initialize with the
/// catalog folder as workspace, open and change whole documents, collect what it publishes, ask for features.
/// </summary>
internal sealed class JllmLanguageServer : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly JsonRpcConnection connection;
    private readonly ConcurrentDictionary<string, JsonArray> published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> versions = new(StringComparer.Ordinal);

    private JllmLanguageServer(Process process)
    {
        this.process = process;
        connection = new JsonRpcConnection(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, (_, _) => null, OnNotification);
    }

    public JsonNode? Capabilities { get; private set; }

    /// <summary>The server's stderr, for a failing test's message.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>The jllm the test project was built with, run by the same dotnet as the tests.</summary>
    public static ProcessStartInfo StartInfo() => new(Path.Combine(Path.GetDirectoryName(Environment.ProcessPath!)!, "dotnet"), [Path.Combine(AppContext.BaseDirectory, "jllm.dll"), "lsp"])
    {
        RedirectStandardInput = true,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };

    public static async Task<JllmLanguageServer> Start(string workspaceFolder)
    {
        var process = Process.Start(StartInfo()) ?? throw new InvalidOperationException("jllm lsp did not start");
        var server = new JllmLanguageServer(process);
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) server.Log.Enqueue(line.Data); };
        process.BeginErrorReadLine();
        var root = LanguageServerUri(workspaceFolder);
        var result = await server.connection.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "catalog" }),
            ["capabilities"] = new JsonObject(),
        }, Timeout);
        server.Capabilities = result?["capabilities"];
        await server.connection.Notify("initialized", new JsonObject());
        return server;
    }

    public static string LanguageServerUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>Opens a document and returns the diagnostics published for it.</summary>
    public async Task<JsonArray> Open(string path, string text)
    {
        var uri = LanguageServerUri(path);
        published.TryRemove(uri, out _);
        versions[uri] = 1;
        await connection.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
        });
        return await Diagnostics(path, _ => true);
    }

    /// <summary>Sends the whole new text of an open document (full synchronisation).</summary>
    public async Task Change(string path, string text)
    {
        var uri = LanguageServerUri(path);
        published.TryRemove(uri, out _);
        var version = versions.AddOrUpdate(uri, 1, (_, last) => last + 1);
        await connection.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });
    }

    /// <summary>The latest diagnostics published for <paramref name="path"/> once they satisfy <paramref name="expected"/>.</summary>
    public async Task<JsonArray> Diagnostics(string path, Func<JsonArray, bool> expected)
    {
        var uri = LanguageServerUri(path);
        var deadline = Stopwatch.StartNew();
        while (!(published.TryGetValue(uri, out var diagnostics) && expected(diagnostics)))
        {
            if (deadline.Elapsed > Timeout)
            {
                throw new TimeoutException($"jllm lsp published no expected diagnostics for {path} in {Timeout}; last: {published.GetValueOrDefault(uri)?.ToJsonString() ?? "none"}; log: {string.Join('\n', Log)}");
            }

            await Task.Delay(20);
        }

        return published[uri];
    }

    public Task<JsonNode?> Request(string method, string path, int line, int character, JsonObject? extra = null)
    {
        var parameters = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LanguageServerUri(path) },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        };
        foreach (var (key, value) in extra ?? [])
        {
            parameters[key] = value?.DeepClone();
        }

        return connection.Request(method, parameters, Timeout);
    }

    public Task<JsonNode?> CodeActions(string path, JsonNode range) =>
        connection.Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LanguageServerUri(path) },
            ["range"] = range.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        }, Timeout);

    /// <summary>Ends the session as an editor does; the exit code tells whether the server saw shutdown before exit.</summary>
    public async Task<int> Stop()
    {
        await connection.Request("shutdown", null, Timeout);
        await connection.Notify("exit", null);
        await process.WaitForExitAsync().WaitAsync(Timeout);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            try
            {
                await Stop();
            }
            catch (Exception exception) when (exception is TimeoutException or IOException or InvalidOperationException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        await connection.Completion.WaitAsync(Timeout);
        connection.Dispose();
        process.Dispose();
    }

    private void OnNotification(string method, JsonNode? parameters)
    {
        if (method == "textDocument/publishDiagnostics" && parameters?["uri"]?.GetValue<string>() is { } uri)
        {
            published[uri] = parameters["diagnostics"]!.AsArray();
        }
    }
}
