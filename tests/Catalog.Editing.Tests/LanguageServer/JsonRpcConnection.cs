using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JapaneseLlm.Catalog.Editing.Tests.LanguageServer;

/// <summary>
/// JSON-RPC 2.0 over a language server's stdin and stdout, framed as the Language Server Protocol frames it:
/// a <c>Content-Length</c> header, a blank line, then that many bytes of UTF-8 JSON.
/// </summary>
internal sealed class JsonRpcConnection : IDisposable
{
    private readonly Stream input;
    private readonly Stream output;
    private readonly Func<string, JsonNode?, JsonNode?> answerServerRequest;
    private readonly Action<string, JsonNode?> onNotification;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly Task readLoop;
    private int nextId;

    public JsonRpcConnection(Stream input, Stream output, Func<string, JsonNode?, JsonNode?> answerServerRequest, Action<string, JsonNode?> onNotification)
    {
        this.input = input;
        this.output = output;
        this.answerServerRequest = answerServerRequest;
        this.onNotification = onNotification;
        readLoop = Task.Run(ReadLoop);
    }

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
                completion.TrySetException(new EndOfStreamException("The language server closed its output."));
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
                completion.TrySetException(new InvalidOperationException("The language server answered with an error: " + error.ToJsonString()));
            }
            else
            {
                completion.TrySetResult(message["result"]);
            }
        }
        else if (method is not null && id is not null)
        {
            // A request from the server: it waits for an answer, so every one gets one.
            var result = answerServerRequest(method, message["params"]);
            await Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
        }
        else if (method is not null)
        {
            onNotification(method, message["params"]);
        }
    }

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

    /// <summary>Waits for the read loop after the server exited, so no task outlives the connection.</summary>
    public Task Completion => readLoop;
}
