using System;
using System.IO;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Templates;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Rules;
using Xunit;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary><c>jllm new catalog DIR</c>: what it writes passes every rule; it never writes over a folder's files.</summary>
public sealed class NewCatalogTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("jllm-new-").FullName;

    [Fact]
    public void The_new_catalog_passes_every_rule_and_names_its_schemas()
    {
        var folder = Path.Combine(root, "Contoso.Models");
        var (code, stdout) = Run("new", "catalog", folder, "--package-version", "1.2.3");

        Assert.Equal(0, code);
        Assert.Contains("Created Contoso.Models", stdout, StringComparison.Ordinal);
        var project = File.ReadAllText(Path.Combine(folder, "Contoso.Models.csproj"));
        Assert.Contains("<PackageReference Include=\"JapaneseLlm.Catalog\" Version=\"1.2.3\" />", project, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"JapaneseLlm.Catalog.Build\" Version=\"1.2.3\" PrivateAssets=\"all\" />", project, StringComparison.Ordinal);
        Assert.Contains("using Contoso.Models.Catalog;", File.ReadAllText(Path.Combine(folder, "Program.cs")), StringComparison.Ordinal);

        var yamlFiles = Directory.EnumerateFiles(Path.Combine(folder, "catalog"), "*.yaml", SearchOption.AllDirectories).ToList();
        var parsed = yamlFiles.Select(path => CatalogParser.Parse(path, File.ReadAllText(path))).ToList();
        Assert.Equal(["developers.yaml", "example-model.yaml", "licenses.yaml", "sections.yaml"], yamlFiles.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(CatalogChecker.Check(parsed, currentYear: 2026).Select(diagnostic => diagnostic.ToString()));
        foreach (var path in yamlFiles)
        {
            var schema = File.ReadLines(path).First().Split("$schema=")[1];
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, schema)), $"{path} names {schema}, which was not written");
        }
    }

    [Fact]
    public void A_folder_with_files_is_refused_and_left_as_it_was()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "Taken")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        var (code, _) = Run("new", "catalog", folder);

        Assert.Equal(2, code);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("Contoso.Models", "Contoso.Models")]
    [InlineData("my-catalog", "my_catalog")]
    [InlineData("2024 models", "_2024_models")]
    [InlineData("..", "MyCatalog")]
    public void The_project_name_becomes_a_namespace(string projectName, string expected) =>
        Assert.Equal(expected, CatalogTemplate.RootNamespaceOf(projectName));

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static (int Code, string Stdout) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var code = Program.Run(args, stdout, new StringWriter());
        return (code, stdout.ToString());
    }
}
