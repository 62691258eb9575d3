using System;
using System.IO;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Import;
using JapaneseLlm.Catalog.Cli.Sync;
using JapaneseLlm.Catalog.Cli.Upstream;
using Xunit;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>What the importer knows beyond the list is data in the catalog's YAML: a maintainer teaches it by editing YAML.</summary>
public sealed class ImportKnowledgeTests
{
    private const string Sarashina2Row = "| [Sarashina2](";

    [Fact]
    public void No_model_id_of_the_catalog_is_written_in_the_tools_csharp()
    {
        var ids = Directory.EnumerateFiles(Path.Combine(TestPaths.Catalog, "models"), "*.yaml", SearchOption.AllDirectories)
            .Select(file => File.ReadLines(file).First(line => line.StartsWith("id: ", StringComparison.Ordinal))["id: ".Length..].Trim())
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(ids.Count > 300, $"only {ids.Count} model ids");
        var sources = new[] { "src/Catalog.Cli", "src/Catalog.Authoring" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var found = sources
            .SelectMany(file => ids.Where(id => File.ReadAllText(file).Contains($"\"{id}\"", StringComparison.Ordinal)).Select(id => $"{Path.GetFileName(file)}: {id}"))
            .ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void A_license_spelling_is_taught_by_adding_an_alias_to_the_registry()
    {
        using var list = new ListVariant();
        foreach (var readme in ListVariant.Readmes)
        {
            list.EditLines(readme, (line, _) => line.StartsWith(Sarashina2Row, StringComparison.Ordinal) ? ListVariant.ReplaceLastCell(line, "Massachusetts Institute of Technology License") : line);
        }

        using var catalog = new CatalogCopy();
        var before = CatalogImporter.Import(UpstreamReader.Read(list.Root), ImportKnowledge.FromFolder(catalog.Root));
        Assert.Contains(before.Report.Problems, problem => problem.Reason.Contains("unknown license 'Massachusetts Institute of Technology License'", StringComparison.Ordinal));

        catalog.Edit("registries/licenses.yaml", text => text.Replace("- id: mit\n  name: MIT\n", "- id: mit\n  name: MIT\n  aliases:\n  - Massachusetts Institute of Technology License\n", StringComparison.Ordinal));
        var after = CatalogImporter.Import(UpstreamReader.Read(list.Root), ImportKnowledge.FromFolder(catalog.Root));
        Assert.DoesNotContain(after.Report.Problems, problem => problem.Reason.Contains("unknown license", StringComparison.Ordinal));
        Assert.Equal(["mit"], after.Catalog.Models.Single(model => model.Id == "sarashina2").Licenses.Select(license => license.Id));
    }

    [Fact]
    public void A_data_set_spelling_is_taught_by_adding_an_alias_to_the_registry()
    {
        using var catalog = new CatalogCopy();
        var upstream = UpstreamReader.Read(TestPaths.Upstream);
        var before = CatalogImporter.Import(upstream, ImportKnowledge.FromFolder(catalog.Root));
        var unresolved = Assert.Single(before.Report.Datasets.Unresolved, mention => mention.Reason.Contains("'Japanese CC'", StringComparison.Ordinal));
        Assert.Equal("README.md", unresolved.File);
        var row = File.ReadAllLines(Path.Combine(TestPaths.Upstream, "README.md"))[unresolved.Line - 1];
        Assert.Contains("Japanese CC,", row, StringComparison.Ordinal);

        catalog.Edit("registries/datasets.yaml", text => text + "- id: japanese-cc\n  name: Japanese CC\n  aliases:\n  - 日本語 CC\n");
        var after = CatalogImporter.Import(upstream, ImportKnowledge.FromFolder(catalog.Root));
        Assert.DoesNotContain(after.Report.Datasets.Unresolved, mention => mention.Reason.Contains("'Japanese CC'", StringComparison.Ordinal));
        Assert.Equal(before.Report.Datasets.Resolved + 1, after.Report.Datasets.Resolved);
        Assert.Contains(after.Catalog.Models, model => model.Datasets.Any(dataset => dataset.Id == "japanese-cc"));
        Assert.Contains(after.Catalog.Datasets, dataset => dataset.Id == "japanese-cc" && dataset.Aliases.Contains("日本語 CC"));
    }

    [Fact]
    public void Reviewed_findings_come_from_the_records_suppressions()
    {
        var baseline = CatalogImporter.Import(UpstreamReader.Read(TestPaths.Upstream));
        var suppressed = baseline.Catalog.Models.First(model => model.Suppressions.Count > 0);

        using var catalog = new CatalogCopy();
        var file = Directory.EnumerateFiles(Path.Combine(catalog.Root, "models"), suppressed.Id + ".yaml", SearchOption.AllDirectories).Single();
        var entries = TopLevelEntries.Read(file, File.ReadAllText(file))!;
        File.WriteAllText(file, entries.Header + string.Concat(entries.Entries.Where(entry => entry.Key != "suppress").Select(entry => entry.Text)));

        var after = CatalogImporter.Import(UpstreamReader.Read(TestPaths.Upstream), ImportKnowledge.FromFolder(catalog.Root));
        Assert.Empty(after.Catalog.Models.Single(model => model.Id == suppressed.Id).Suppressions);
        Assert.Equal(
            baseline.Catalog.Models.Where(model => model.Id != suppressed.Id).Sum(model => model.Suppressions.Count),
            after.Catalog.Models.Sum(model => model.Suppressions.Count));
    }
}
