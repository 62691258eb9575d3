using System.IO;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Evaluations;
using JapaneseLlm.Catalog.Cli.Import;
using JapaneseLlm.Catalog.Cli.Upstream;
using Xunit;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>
/// Variants' publication days (<c>released:</c>): facts the list lacks, taken from the Swallow LLM Leaderboard's data
/// by <c>jllm releases</c> and kept by the importer by repository.
/// </summary>
public sealed class ReleaseDateTests
{
    [Fact]
    public void The_leaderboard_dates_the_catalog_variants_it_evaluated_and_the_committed_catalog_holds_every_such_date()
    {
        var entries = SwallowLeaderboard.Read(TestPaths.Leaderboard);
        Assert.True(entries.Count > 200, $"{entries.Count} entries");
        Assert.All(entries.Where(entry => entry.Released is not null), entry => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", entry.Released!));

        var (catalog, _) = CatalogLoader.Load(TestPaths.Catalog);
        var fill = ReleaseDateFill.Apply(catalog.Models, entries);
        Assert.True(fill.Matched > 50, $"{fill.Matched} variants matched");
        Assert.Equal(0, fill.Added);
        Assert.Empty(fill.Changed);

        var calm3 = catalog.Models.SelectMany(model => model.Variants).Single(variant => variant.HuggingFaceId == "cyberagent/calm3-22b-chat");
        Assert.Equal(entries.First(entry => entry.Repository == "cyberagent/calm3-22b-chat").Released, calm3.Released);
    }

    [Fact]
    public void Leaderboard_files_in_other_shapes_are_read_as_far_as_they_go()
    {
        var folder = Directory.CreateTempSubdirectory("jllm-leaderboard-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "v3"));
            File.WriteAllText(Path.Combine(folder, "v3", "model.yml"), """
                # a suite of another shape
                - id: org/only-id
                  date: 2025-01-02
                - model_id: org/both
                  id: org/ignored
                  date: '2025-03-04'
                - model_id: org/bad-date
                  date: 04/05/2025
                - model_id: org/no-date
                - name: no repository
                  date: '2025-06-07'
                """);
            Directory.CreateDirectory(Path.Combine(folder, "empty"));
            File.WriteAllText(Path.Combine(folder, "empty", "model.yml"), "models: not a list\n");

            var entries = SwallowLeaderboard.Read(folder);

            Assert.Equal(
                new (string, string?)[] { ("org/only-id", "2025-01-02"), ("org/both", "2025-03-04"), ("org/bad-date", null), ("org/no-date", null) },
                entries.Select(entry => (entry.Repository, entry.Released)));
            Assert.Equal(new[] { 2, 4, 7, 9 }, entries.Select(entry => entry.Line));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_date_is_added_where_missing_kept_where_the_catalog_disagrees_and_left_out_where_the_leaderboard_disagrees_with_itself()
    {
        var model = new ModelRecord("probe", "models/probe.yaml")
        {
            Variants = new[]
            {
                new VariantRecord("a") { HuggingFaceId = "Org/A" },
                new VariantRecord("b") { HuggingFaceId = "org/b", Released = "2024-01-02" },
                new VariantRecord("c") { HuggingFaceId = "org/c" },
                new VariantRecord("d"),
            }.ToEquatableArray(),
        };
        var entries = new[]
        {
            new LeaderboardEntry("org/a", "2025-03-04", "v1/model.yml", 5),
            new LeaderboardEntry("org/b", "2025-05-06", "v1/model.yml", 9),
            new LeaderboardEntry("org/c", "2025-01-01", "v1/model.yml", 13),
            new LeaderboardEntry("org/c", "2025-02-02", "v2/model.yml", 4),
        };

        var fill = ReleaseDateFill.Apply(new[] { model }, entries);

        var variants = Assert.Single(fill.Changed).Variants;
        Assert.Equal(new string?[] { "2025-03-04", "2024-01-02", null, null }, variants.Select(variant => variant.Released));
        Assert.Equal(1, fill.Added);
        Assert.Contains(fill.Notes, note => note.StartsWith("models/probe.yaml: org/b is dated 2024-01-02 in the catalog", System.StringComparison.Ordinal));
        Assert.Contains(fill.Notes, note => note.StartsWith("v2/model.yml:4: org/c is dated 2025-02-02 here and 2025-01-01", System.StringComparison.Ordinal));
        Assert.Empty(ReleaseDateFill.Apply(fill.Changed, entries).Changed);
    }

    [Fact]
    public void A_fresh_import_keeps_the_dates_of_the_catalog_it_imports_into_by_repository()
    {
        var (catalog, _) = CatalogLoader.Load(TestPaths.Catalog);
        var dated = catalog.Models.SelectMany(model => model.Variants).Where(variant => variant.Released is not null).ToDictionary(variant => variant.HuggingFaceId!, variant => variant.Released);
        Assert.NotEmpty(dated);

        var undated = catalog.Models.Select(model => model with { Variants = model.Variants.Select(variant => variant with { Released = null }).ToEquatableArray() }).ToList();
        Assert.DoesNotContain(CatalogImporter.Import(UpstreamReader.Read(TestPaths.Upstream), new ImportKnowledge(With(catalog, undated))).Catalog.Models.SelectMany(model => model.Variants), variant => variant.Released is not null);

        var imported = CatalogImporter.Import(UpstreamReader.Read(TestPaths.Upstream), new ImportKnowledge(catalog)).Catalog;
        Assert.Equal(dated, imported.Models.SelectMany(model => model.Variants).Where(variant => variant.Released is not null).ToDictionary(variant => variant.HuggingFaceId!, variant => variant.Released));
    }

    [Fact]
    public void Jllm_releases_fills_a_working_copy_once_and_check_tells_whether_it_is_behind()
    {
        using var copy = new CatalogCopy();
        {
            var path = Directory.EnumerateFiles(copy.Root, "*.yaml", SearchOption.AllDirectories).First(file => File.ReadAllText(file).Contains("hf: cyberagent/calm3-22b-chat\n", System.StringComparison.Ordinal));
            var text = File.ReadAllText(path);
            File.WriteAllText(path, System.Text.RegularExpressions.Regex.Replace(text, @"\n  released: [0-9-]+", ""));

            Assert.Equal(1, Commands.ReleasesCommand.Run(TestPaths.Leaderboard, copy.Root, check: true, TextWriter.Null, TextWriter.Null));
            Assert.Equal(0, Commands.ReleasesCommand.Run(TestPaths.Leaderboard, copy.Root, check: false, TextWriter.Null, TextWriter.Null));
            Assert.Equal(text, File.ReadAllText(path));
            Assert.Equal(0, Commands.ReleasesCommand.Run(TestPaths.Leaderboard, copy.Root, check: true, TextWriter.Null, TextWriter.Null));
        }
    }

    private static CatalogContent With(CatalogContent catalog, System.Collections.Generic.IReadOnlyList<ModelRecord> models) =>
        new(catalog.Sections, models, catalog.Benchmarks, catalog.Papers, catalog.Developers, catalog.Licenses, catalog.Datasets, catalog.Footnotes) { BaseModels = catalog.BaseModels, Vocabulary = catalog.Vocabulary };
}
