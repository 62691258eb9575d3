using System;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using JapaneseLlm.Catalog.Cli.LanguageServer;
using StreamJsonRpc;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary>
/// <c>jllm lsp</c>: a language server over stdin and stdout for editing the catalog's YAML in any editor, with the
/// checker of <c>jllm check</c> and the analyzers. See docs/editors.md.
/// </summary>
internal static class LspCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var lsp = new Command("lsp", "Serve the Language Server Protocol over stdin/stdout: the catalog's diagnostics, completion, hover, definition, references and quick fixes in any editor.");
        lsp.SetAction(result => Program.Guard(stderr, () => Run(Console.OpenStandardInput(), Console.OpenStandardOutput(), stderr).GetAwaiter().GetResult()));
        return lsp;
    }

    public static async Task<int> Run(Stream input, Stream output, TextWriter log)
    {
        var formatter = new SystemTextJsonFormatter
        {
            JsonSerializerOptions =
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            },
        };
        var server = new CatalogLanguageServer(log);
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { AllowNonPublicInvocation = false });
        server.Attach(rpc);
        rpc.StartListening();
        var finished = await Task.WhenAny(server.Exited, rpc.Completion);

        // The client closing the pipe without 'exit' is an exit without 'shutdown', which the protocol answers with 1.
        return finished == server.Exited ? await server.Exited : 1;
    }
}
