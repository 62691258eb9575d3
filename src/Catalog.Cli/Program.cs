using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Commands;

namespace JapaneseLlm.Catalog.Cli;

/// <summary>jllm's command line: wiring only; each command lives in Commands/.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("jllm: the catalog of Japanese LLMs, imported from and rendered as the awesome-japanese-llm list.");
        root.Subcommands.Add(ImportCommand.Create(stdout, stderr));
        root.Subcommands.Add(RenderCommand.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(QueryCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExportCommand.Create(stdout, stderr));
        root.Subcommands.Add(ChartCommand.Create(stdout, stderr));
        root.Subcommands.Add(SchemaCommand.Create(stdout, stderr));
        root.Subcommands.Add(SyncCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReleasesCommand.Create(stdout, stderr));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(LspCommand.Create(stdout, stderr));
        var parsed = root.Parse(args);
        var wantsHelp = args.Any(arg => arg is "--help" or "-h" or "-?");
        if (parsed.Errors.Count > 0 && !wantsHelp)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine("jllm: " + error.Message);
            }

            stderr.WriteLine("Run 'jllm --help' for usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parsed.Invoke(configuration);
    }

    /// <summary>Runs a command, turning a user's mistake into one line on stderr and exit code 2, never a stack trace.</summary>
    internal static int Guard(TextWriter stderr, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (UsageException exception)
        {
            stderr.WriteLine("jllm: " + exception.Message);
            return ExitCodes.Usage;
        }
        catch (IOException exception)
        {
            stderr.WriteLine("jllm: " + exception.Message);
            return ExitCodes.Usage;
        }
        catch (UnauthorizedAccessException exception)
        {
            stderr.WriteLine("jllm: " + exception.Message);
            return ExitCodes.Usage;
        }
    }
}
