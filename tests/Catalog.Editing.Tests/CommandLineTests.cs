using Xunit;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>jllm's conventions for the new commands: help with examples, exit code 2 for usage errors, no stack traces.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("query")]
    [InlineData("export")]
    [InlineData("chart")]
    [InlineData("schema")]
    [InlineData("import")]
    [InlineData("render")]
    [InlineData("sync")]
    public void Help_lists_the_command_with_examples(string command)
    {
        var (rootCode, rootHelp, _) = JllmRunner.Run("--help");
        Assert.Equal(0, rootCode);
        Assert.Contains(command, rootHelp);
        var (code, help, _) = JllmRunner.Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Examples:", help);
        Assert.Contains($"jllm {command} ", help);
    }

    [Theory]
    [InlineData("query", "--category", "poetry")]
    [InlineData("query", "--min-params", "seven")]
    [InlineData("query", "--context-length", "long")]
    [InlineData("export", "--format", "xml")]
    [InlineData("export")]
    [InlineData("chart")]
    [InlineData("query", "--catalog", "/nonexistent/catalog")]
    public void A_usage_error_exits_two_with_one_message(params string[] arguments)
    {
        var (code, stdout, stderr) = JllmRunner.Run(arguments);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("jllm: ", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }
}
