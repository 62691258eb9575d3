using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Schema;
using Xunit;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>The committed schema files and docs/schema.md are what <c>jllm schema</c> writes, and every catalog file points at its kind's schema.</summary>
public sealed partial class SchemaFilesTests
{
    [Fact]
    public void The_committed_json_schemas_are_what_jllm_schema_writes()
    {
        var expected = SchemaOutputs.JsonSchemas();
        var committed = Directory.EnumerateFiles(TestPaths.SchemaFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), committed);
        foreach (var (name, text) in expected)
        {
            Assert.True(File.ReadAllText(Path.Combine(TestPaths.SchemaFolder, name)) == text, $"catalog/schema/{name} is stale: run 'jllm schema --out catalog/schema --docs docs/schema.md'");
        }
    }

    [Fact]
    public void The_committed_schema_page_is_what_jllm_schema_writes()
    {
        var committed = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "schema.md"));
        Assert.True(committed == SchemaOutputs.Documentation(), "docs/schema.md is stale: run 'jllm schema --out catalog/schema --docs docs/schema.md'");
    }

    [Fact]
    public void Jllm_schema_check_passes_on_the_committed_files()
    {
        var (code, _, stderr) = JllmRunner.Run("schema", "--out", TestPaths.SchemaFolder, "--docs", Path.Combine(TestPaths.RepositoryRoot, "docs", "schema.md"), "--check");
        Assert.True(code == 0, stderr);
    }

    [Fact]
    public void Jllm_schema_check_fails_on_a_stale_file()
    {
        var folder = Directory.CreateTempSubdirectory("jllm-schema-").FullName;
        Assert.Equal(0, JllmRunner.Run("schema", "--out", folder).Code);
        File.AppendAllText(Path.Combine(folder, "model.schema.json"), " ");
        var (code, _, stderr) = JllmRunner.Run("schema", "--out", folder, "--check");
        Assert.Equal(1, code);
        Assert.Contains("model.schema.json is out of date", stderr);
    }

    [Fact]
    public void Every_catalog_file_starts_with_a_modeline_naming_its_kinds_schema()
    {
        var problems = new List<string>();
        foreach (var (path, text) in TestPaths.CatalogFiles())
        {
            var modeline = Modeline().Match(text);
            var kind = Kind().Match(text);
            if (!modeline.Success || !kind.Success)
            {
                problems.Add($"{path}: no modeline on the first line, or no kind");
                continue;
            }

            var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, modeline.Groups[1].Value));
            if (schema != Path.Combine(TestPaths.SchemaFolder, kind.Groups[1].Value + ".schema.json") || !File.Exists(schema))
            {
                problems.Add($"{path}: the modeline names {schema}, not the existing schema of kind '{kind.Groups[1].Value}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [GeneratedRegex(@"\A# yaml-language-server: \$schema=(\S+)\n")]
    private static partial Regex Modeline();

    [GeneratedRegex(@"^kind: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex Kind();
}
