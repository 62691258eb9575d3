using System.Text.Json;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Schema;
using Xunit;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>The committed schema files and docs/schema.md are what <c>jllm schema</c> writes, and every catalog file points at its kind's schema.</summary>
public sealed partial class SchemaFilesTests
{
    private static readonly Lazy<RegistryIds> WorkingCopyIds = new(() => RegistryIds.Of(CatalogLoader.Load(TestPaths.Catalog).Catalog));

    [Theory]
    [InlineData("model.schema.json", "licenses", "licenses.yaml", "licenses")]
    [InlineData("model.schema.json", "developers", "developers.yaml", "developers")]
    [InlineData("model.schema.json", "datasets", "datasets.yaml", "datasets")]
    [InlineData("benchmark.schema.json", "developers", "developers.yaml", "developers")]
    public void A_key_that_refers_to_a_registry_offers_exactly_its_ids(string schema, string key, string registry, string list)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SchemaFolder, schema)));
        var alternatives = document.RootElement.GetProperty("properties").GetProperty(key).GetProperty("anyOf");
        var offered = alternatives[0].GetProperty("enum").EnumerateArray().Select(id => id.GetString()!).ToList();
        var described = alternatives[0].GetProperty("enumDescriptions").EnumerateArray().Select(text => text.GetString()!).ToList();
        Assert.Equal(offered, alternatives[1].GetProperty("items").GetProperty("enum").EnumerateArray().Select(id => id.GetString()!));

        var registryText = File.ReadAllText(Path.Combine(TestPaths.Catalog, "registries", registry));
        var ids = CatalogParser.Parse(registry, registryText).Entries.Select(entry => entry.Id).Order(StringComparer.Ordinal).ToList();
        Assert.True(ids.Count > 0, $"{registry} lists no {list}");
        Assert.Equal(ids, offered);
        Assert.Equal(offered.Count, described.Count);
        Assert.All(described, text => Assert.False(string.IsNullOrWhiteSpace(text)));
    }

    [Fact]
    public void A_license_id_is_described_by_its_name_and_commercial_terms()
    {
        using var document = JsonDocument.Parse(SchemaOutputs.JsonSchemas(WorkingCopyIds.Value)["model.schema.json"]);
        var alternative = document.RootElement.GetProperty("properties").GetProperty("licenses").GetProperty("anyOf")[0];
        var index = alternative.GetProperty("enum").EnumerateArray().Select(id => id.GetString()).ToList().IndexOf("cc-by-nc-4.0");
        Assert.Contains("Commercial use: not allowed", alternative.GetProperty("enumDescriptions")[index].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_json_schemas_are_what_jllm_schema_writes()
    {
        var expected = SchemaOutputs.JsonSchemas(WorkingCopyIds.Value);
        var committed = Directory.EnumerateFiles(TestPaths.SchemaFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), committed);
        foreach (var (name, text) in expected)
        {
            Assert.True(File.ReadAllText(Path.Combine(TestPaths.SchemaFolder, name)) == text, $"catalog/schema/{name} is stale: run 'jllm schema --out catalog/schema --docs docs/schema.md --catalog catalog'");
        }
    }

    [Fact]
    public void The_committed_schema_page_is_what_jllm_schema_writes()
    {
        var committed = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "schema.md"));
        Assert.True(committed == SchemaOutputs.Documentation(), "docs/schema.md is stale: run 'jllm schema --out catalog/schema --docs docs/schema.md --catalog catalog'");
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
