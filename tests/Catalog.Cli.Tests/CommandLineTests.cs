using System.IO;
using Xunit;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>jllm's conventions: --help, exit codes 0 / 1 / 2, one-line errors without stack traces.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Help_exits_zero()
    {
        var (code, stdout, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("import", stdout);
        Assert.Contains("render", stdout);
    }

    [Fact]
    public void Missing_options_are_a_usage_error()
    {
        var (code, _, stderr) = Run("render", "--lang", "ja");
        Assert.Equal(2, code);
        Assert.Contains("--out", stderr);
    }

    [Fact]
    public void Unknown_language_is_a_usage_error()
    {
        var (code, _, stderr) = Run("render", "--lang", "de", "--out", Path.Combine(Path.GetTempPath(), "x.md"));
        Assert.Equal(2, code);
        Assert.Contains("de", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void A_folder_that_is_not_the_list_is_a_usage_error_without_a_stack_trace()
    {
        var empty = Directory.CreateTempSubdirectory("jllm-empty-").FullName;
        var (code, _, stderr) = Run("import", "--from", empty, "--out", Path.Combine(empty, "out"));
        Assert.Equal(2, code);
        Assert.Contains("README.md is missing", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Render_writes_the_readme_from_the_catalog()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("jllm-render-").FullName, "README.md");
        var (code, _, stderr) = Run("render", "--lang", "fr", "--out", file, "--catalog", TestPaths.Catalog);
        Assert.True(code == 0, stderr);
        Assert.StartsWith("# ", File.ReadAllText(file));
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
