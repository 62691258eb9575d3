using System.Reflection;

namespace JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;

/// <summary>Runs jllm in-process through its <c>Program.Run(args, stdout, stderr)</c>, the entry point its own tests use.</summary>
internal static class Jllm
{
    private static readonly MethodInfo RunMethod =
        Assembly.Load("jllm").GetType("JapaneseLlm.Catalog.Cli.Program", throwOnError: true)!
            .GetMethod("Run", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;

    public static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = (int)RunMethod.Invoke(null, [args, output, errors])!;
        return (exitCode, output.ToString(), errors.ToString());
    }
}
