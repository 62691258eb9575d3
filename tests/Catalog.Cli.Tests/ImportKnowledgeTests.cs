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
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(sources.Count > 100, $"only {sources.Count} source files");
        var found = sources
            .SelectMany(file => ModelIdOccurrences.In(File.ReadAllText(file), ids).Select(id => $"{Path.GetRelativePath(TestPaths.RepositoryRoot, file)}: {id}"))
            .ToList();
        Assert.True(found.Count == 0, "model ids in the tools' C# (spellings belong in the catalog's YAML; examples in comments can be made up): " + string.Join(", ", found));
    }

    [Theory]
    [InlineData("private static readonly string[] Known = { \"sample-7b\" };", true)]
    [InlineData("/// <c>Sample-7B</c> → <c>Sample7B</c>", true)]
    [InlineData("// as sample-7b.", true)]
    [InlineData("// sample-7b-instruct is another model", false)]
    [InlineData("// sample-7b.1 is another model", false)]
    [InlineData("// my-sample-7b is another model", false)]
    public void The_model_id_scan_finds_an_id_as_a_whole_word(string source, bool found)
    {
        Assert.Equal(found, ModelIdOccurrences.In(source, new[] { "sample-7b" }).Any());
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
    public void An_undisclosed_spelling_is_taught_by_adding_an_alias_to_the_vocabulary_registry()
    {
        using var list = new ListVariant();
        list.EditLines("en/README.md", (line, _) => line.StartsWith("| [Qwen3.5-FT-Japanese-CoT-4B](", StringComparison.Ordinal) ? line.Replace("| Undisclosed |", "| Not disclosed |", StringComparison.Ordinal) : line);

        using var catalog = new CatalogCopy();
        var before = CatalogImporter.Import(UpstreamReader.Read(list.Root), ImportKnowledge.FromFolder(catalog.Root));
        var kept = before.Catalog.Models.Single(model => model.Id == "qwen3.5-ft-japanese-cot-4b");
        Assert.DoesNotContain("training_data", kept.Undisclosed);
        Assert.Equal("Not disclosed", kept.TrainingData?.English);

        catalog.Edit("registries/vocabulary.yaml", text => text.Replace("  - inconnue\n", "  - inconnue\n  - not disclosed\n", StringComparison.Ordinal));
        var after = CatalogImporter.Import(UpstreamReader.Read(list.Root), ImportKnowledge.FromFolder(catalog.Root));
        var taught = after.Catalog.Models.Single(model => model.Id == "qwen3.5-ft-japanese-cot-4b");
        Assert.Contains("training_data", taught.Undisclosed);
        Assert.Null(taught.TrainingData);
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

    [Fact]
    public void A_base_model_spelling_is_taught_by_adding_an_alias_to_the_registry()
    {
        using var catalog = new CatalogCopy();
        // The id is a spelling too: an id such as 'opengvlab-internvl' does not match the list's 'InternVL2' once the name and alias differ.
        catalog.Edit("registries/base-models.yaml", text => text
            .Replace("- id: internvl2\n  name: InternVL2\n", "- id: opengvlab-internvl\n  name: InternVL 2 Series\n", StringComparison.Ordinal)
            .Replace("  aliases:\n  - InternVL2\n", "", StringComparison.Ordinal));
        var upstream = UpstreamReader.Read(TestPaths.Upstream);
        var before = CatalogImporter.Import(upstream, ImportKnowledge.FromFolder(catalog.Root));
        var problem = Assert.Single(before.Report.Problems, problem => problem.Reason.Contains("base_model: 'InternVL2' names no model", StringComparison.Ordinal));
        Assert.Equal("README.md", problem.File);
        Assert.Contains("EZO-InternVL2-26B]", File.ReadLines(Path.Combine(TestPaths.Upstream, "README.md")).ElementAt(problem.Line - 1), StringComparison.Ordinal);
        Assert.Empty(before.Catalog.Models.Single(model => model.Id == "axcxept-ezo-internvl2-26b").BaseModels);

        catalog.Edit("registries/base-models.yaml", text => text.Replace("  name: InternVL 2 Series\n", "  name: InternVL 2 Series\n  aliases:\n  - InternVL2\n", StringComparison.Ordinal));
        var after = CatalogImporter.Import(upstream, ImportKnowledge.FromFolder(catalog.Root));
        Assert.DoesNotContain(after.Report.Problems, problem => problem.Reason.StartsWith("base_model:", StringComparison.Ordinal));
        var link = Assert.Single(after.Catalog.Models.Single(model => model.Id == "axcxept-ezo-internvl2-26b").BaseModels);
        Assert.Equal(("opengvlab-internvl", "fine-tuning"), (link.Model, link.Relation));
    }

    [Fact]
    public void Base_model_cells_resolve_to_catalog_records_and_foreign_bases_with_the_sections_relation()
    {
        var result = CatalogImporter.Import(UpstreamReader.Read(TestPaths.Upstream));
        var models = result.Catalog.Models.ToDictionary(model => model.Id);
        var derivatives = models.Values.Where(model => model.BaseModel is not null).ToList();
        Assert.True(derivatives.Count(model => !model.BaseModels.IsEmpty) >= 0.95 * derivatives.Count);
        Assert.Contains(result.Report.Notes, note => note.Reason == $"base models: {derivatives.Count(model => !model.BaseModels.IsEmpty)} of {derivatives.Count} rows that name a base resolve to at least one; {result.Report.Problems.Count(problem => problem.Reason.StartsWith("base_model:", StringComparison.Ordinal))} mentions resolve to nothing");

        // A merge: bold names are rows of the list, the others foreign bases; 'Qwen 2.5' and 'Qwen2.5' are one base.
        Assert.Equal(
            [("llama-3-swallow-8b", "merge"), ("openbiollm-8b", "merge"), ("mmed-llama-3-8b", "merge"), ("llama-3-elyza-jp-8b", "merge")],
            models["eques-medllama3-jp-v2"].BaseModels.Select(link => (link.Model, link.Relation)));
        Assert.Equal(["qwen2.5"], models["qwen2.5-bakeneko-32b"].BaseModels.Select(link => link.Model));
        Assert.Equal(["qwen2.5"], models["tinyswallow-1.5b"].BaseModels.Select(link => link.Model));
        Assert.Equal(("llama-3", "continual-pretraining"), (models["llama-3-swallow-8b"].BaseModels[0].Model, models["llama-3-swallow-8b"].BaseModels[0].Relation));

        // Prose: the base named inside a sentence, and a note that names a second base.
        Assert.Equal(["llama-3-evovlm-jp-v2"], models["axcxept-llama-3-ezo-vlm-1"].BaseModels.Select(link => link.Model));
        Assert.Equal(["mixtral-8x7b"], models["abeja-mixtral-8x7b-japanese"].BaseModels.Select(link => link.Model));
    }

    [Fact]
    public void Per_variant_licenses_come_from_the_license_cells_qualifiers()
    {
        var models = CatalogImporter.Import(UpstreamReader.Read(TestPaths.Upstream)).Catalog.Models.ToDictionary(model => model.Id);
        string[][] Licenses(string id) => models[id].Variants.Select(variant => variant.Licenses.Select(license => license.Id).ToArray()).ToArray();

        Assert.Equal([["apache-2.0"], ["apache-2.0"], ["cc-by-nc-4.0"]], Licenses("plamo-13b"));
        Assert.Equal([["apache-2.0"], ["apache-2.0"], ["cc-by-4.0"]], Licenses("cyberagentlm2-calm2"));
        Assert.Equal([["mit"], ["cc-by-nc-sa-4.0"]], Licenses("stockmark-13b"));

        // "also applied to the Instruct model": the base variants have the first license only, the instruct ones both (the family's).
        Assert.All(models["llama-3.1-swallow-8b"].Variants, variant =>
            Assert.Equal(variant.Label.Contains("Instruct", StringComparison.Ordinal) ? [] : ["llama3.1"], variant.Licenses.Select(license => license.Id)));

        // A cell the reading cannot place (two lines that name no variant) leaves the family's licenses for every variant.
        Assert.All(models["llm-jp-3-172b"].Variants, variant => Assert.Empty(variant.Licenses));
        Assert.All(models["tohokuuniversitybert"].Variants, variant => Assert.Empty(variant.Licenses));
    }
}
