using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Export;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>
/// The JSON contract as a package consumer meets it (issue 18, item 5): a program built against the packed runtime
/// serializes with the shipped context and converters, and what it writes is jllm's export of the same catalog.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class JsonContractPackageTests(PackedFeed feed, ITestOutputHelper output)
{
    [Fact]
    public void A_consumer_serializes_a_model_and_the_catalog_as_jllm_exports_them()
    {
        var program = """
            using System.IO;
            using System.Text.Json;
            using JapaneseLlm.Catalog;
            using JapaneseLlm.Catalog.Json;

            var model = JapaneseLlmCatalog.FindModel("sarashina2")!;
            File.WriteAllText("context.json", JsonSerializer.Serialize(CatalogJson.ToDocument(model), CatalogJsonContext.Default.ModelDocument));
            File.WriteAllText("default.json", JsonSerializer.Serialize(model));
            File.WriteAllText("catalog.json", CatalogJson.Serialize(JapaneseLlmCatalog.Instance));
            """;
        var folder = feed.NewConsumer("JsonContract", PackageTests.ConsoleProject, new Dictionary<string, string> { ["Program.cs"] = program });

        var (exitCode, text) = feed.Run(folder, "run", "-c", "Release");
        output.WriteLine(text);
        Assert.Equal(0, exitCode);

        var (catalog, _) = CatalogLoader.Load(Path.Combine(PackedFeed.RepositoryRoot, "catalog"));
        var export = CatalogJsonExporter.Export(catalog);
        Assert.Equal(export, File.ReadAllText(Path.Combine(folder, "catalog.json")));
        var exported = JsonNode.Parse(export)!["models"]!["sarashina2"];
        Assert.True(JsonNode.DeepEquals(exported, JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "context.json")))), "the shipped context");
        Assert.True(JsonNode.DeepEquals(exported, JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "default.json")))), "JsonSerializer's default options");
    }

    [Fact]
    public void The_readmes_json_example_compiles_and_runs_against_the_package()
    {
        var readme = File.ReadAllText(Path.Combine(PackedFeed.RepositoryRoot, "README.md"));
        var example = Regex.Matches(readme, "```csharp\n(?<code>.*?)```", RegexOptions.Singleline)
            .Select(match => match.Groups["code"].Value).Single(code => code.Contains("CatalogJson", StringComparison.Ordinal));
        var folder = feed.NewConsumer("ReadmeJsonExample", PackageTests.ConsoleProject, new Dictionary<string, string> { ["Program.cs"] = example });

        var (exitCode, text) = feed.Run(folder, "run", "-c", "Release");
        output.WriteLine(text);

        Assert.Equal(0, exitCode);
        Assert.Contains("\"category\": \"text-generation\"", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^7b$", RegexOptions.Multiline), text);
    }
}
