using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using JapaneseLlm.Catalog.Cli.LanguageServer;

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

    public static Task<int> Run(Stream input, Stream output, TextWriter log) => new CatalogLanguageServer(log).Serve(input, output);
}
