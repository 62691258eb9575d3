using System.Text.Json;
using JapaneseLlm.Catalog.Cli.Catalog;
using Xunit;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>Without --catalog, jllm answers from the catalog it was built with, from any folder.</summary>
public sealed class BundledCatalogTests
{
    [Fact]
    public void Query_without_a_catalog_folder_lists_the_compiled_catalogs_models()
    {
        var (code, stdout, stderr) = JllmRunner.Run("query", "--json");
        Assert.True(code == 0, stderr);
        var ids = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Select(model => model.GetProperty("id").GetString()).ToList();
        Assert.Equal(JapaneseLlmCatalog.Models.Select(model => model.Id), ids);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("llms-txt")]
    public void Export_without_a_catalog_folder_equals_the_export_of_the_committed_catalog(string format)
    {
        var bundled = JllmRunner.Run("export", "--format", format);
        var committed = JllmRunner.OnCatalog("export", "--format", format);
        Assert.Equal(0, bundled.Code);
        Assert.Equal(committed.Stdout, bundled.Stdout);
    }

    [Fact]
    public void The_bundled_files_are_the_catalog_files_the_library_compiles()
    {
        var onDisk = CatalogFolder.Files(TestPaths.Catalog).Order(StringComparer.Ordinal).ToList();
        var bundled = CatalogLoader.BundledFiles();
        Assert.Equal(onDisk, bundled.Keys);
        Assert.All(onDisk, path => Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Catalog, path)), bundled[path]));
    }
}
