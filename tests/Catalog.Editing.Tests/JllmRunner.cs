using JapaneseLlm.Catalog.Cli;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>Runs jllm in-process, as a user would from the command line, capturing both streams.</summary>
internal static class JllmRunner
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs jllm against the committed catalog.</summary>
    public static (int Code, string Stdout, string Stderr) OnCatalog(params string[] args) =>
        Run([.. args, "--catalog", TestPaths.Catalog]);
}
