using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>
/// JSON-RPC 2.0 framed as the Language Server Protocol frames it: a <c>Content-Length</c> header, a blank line, then
/// that many bytes of UTF-8 JSON. Both ends use it: <c>jllm lsp</c> towards the editor, and the editor tests towards
/// the servers they drive. Messages are handled one at a time in the order they arrive, which keeps an editor's
/// changes in order.
/// </summary>
/// <remarks>
/// Written here rather than taken from StreamJsonRpc: that library and its dependencies (Newtonsoft.Json,
/// MessagePack, VS.Threading, Nerdbank.Streams) are about 4.4 MB, which took the installed tool past its size budget
/// (tests/Catalog.Package.Tests, ToolPackageTests), for what is this one file over System.Text.Json.
/// </remarks>
internal sealed class JsonRpcConnection : IDisposable
{
    /// <summary>The JSON-RPC error codes this end answers with.</summary>
    private const int MethodNotFound = -32601;
    private const int InternalError = -32603;

    private readonly Stream input;
    private readonly Stream output;
    private readonly Func<string, JsonNode?, JsonNode?> answerRequest;
    private readonly Action<string, JsonNode?> onNotification;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly Task readLoop;
    private int nextId;

    /// <param name="input">Where this end writes (the other end's stdin).</param>
    /// <param name="output">Where this end reads (the other end's stdout).</param>
    /// <param name="answerRequest">Answers a request from the other end; throws <see cref="MissingMethodException"/> for a method it does not serve.</param>
    /// <param name="onNotification">Receives the other end's notifications.</param>
    public JsonRpcConnection(Stream input, Stream output, Func<string, JsonNode?, JsonNode?> answerRequest, Action<string, JsonNode?> onNotification)
    {
        this.input = input;
        this.output = output;
        this.answerRequest = answerRequest;
        this.onNotification = onNotification;
        readLoop = Task.Run(ReadLoop);
    }

    /// <summary>Ends when the other end closes its output (or sends something that is not a message).</summary>
    public Task Completion => readLoop;

    public async Task<JsonNode?> Request(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref nextId);
        var completion = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = completion;
        await Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await completion.Task.WaitAsync(timeout);
    }

    public Task Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public void Dispose()
    {
        writeLock.Dispose();
    }

    private async Task Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await writeLock.WaitAsync();
        try
        {
            await input.WriteAsync(header);
            await input.WriteAsync(body);
            await input.FlushAsync();
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task ReadLoop()
    {
        try
        {
            while (await ReadMessage() is { } message)
            {
                await Dispatch(message);
            }
        }
        finally
        {
            foreach (var completion in pending.Values)
            {
                completion.TrySetException(new EndOfStreamException("The other end closed the connection."));
            }
        }
    }

    private async Task Dispatch(JsonObject message)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method is null && id is not null && pending.TryRemove(id.GetValue<int>(), out var completion))
        {
            // A response to one of our requests.
            if (message["error"] is { } error)
            {
                completion.TrySetException(new InvalidOperationException("The other end answered with an error: " + error.ToJsonString()));
            }
            else
            {
                completion.TrySetResult(message["result"]);
            }
        }
        else if (method is not null && id is not null)
        {
            // A request: it waits for an answer, so every one gets one, an error included.
            await Send(Answer(method, id, message["params"]));
        }
        else if (method is not null)
        {
            onNotification(method, message["params"]);
        }
    }

    private JsonObject Answer(string method, JsonNode id, JsonNode? parameters)
    {
        try
        {
            return new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = answerRequest(method, parameters) };
        }
        catch (MissingMethodException)
        {
            return Error(id, MethodNotFound, $"No method '{method}'.");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Error(id, InternalError, $"{method} failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static JsonObject Error(JsonNode id, int code, string message) =>
        new() { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private async Task<JsonObject?> ReadMessage()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLine();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await output.ReadExactlyAsync(body);
        return JsonNode.Parse(body)?.AsObject();
    }

    private async Task<string?> ReadHeaderLine()
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await output.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }
}
