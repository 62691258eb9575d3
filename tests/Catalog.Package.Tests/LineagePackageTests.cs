using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Records;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>
/// What issue 15 promised a consumer, from the packed packages: the derived-from query, a variant's own license
/// terms, a weight-format query, and a withdrawn model's [Obsolete] warning at the point of use.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class LineagePackageTests(PackedFeed feed, ITestOutputHelper output)
{
    [Fact]
    public void A_consumer_queries_lineage_variant_licenses_and_weight_formats_of_the_bundled_catalog()
    {
        var program = """
            using System;
            using System.Linq;
            using JapaneseLlm.Catalog;
            var derived = JapaneseLlmCatalog.Query().DerivedFrom(BaseModels.Llama3).Select(model => model.Id).ToList();
            Console.WriteLine("derived-from-llama-3: " + derived.Count + " " + derived.Contains("eques-medllama3-jp-v2"));
            Console.WriteLine("lineage: " + string.Join(" ", JapaneseLlmCatalog.FindModel("eques-medllama3-jp-v2")!.Lineage.Select(link => link.Id)));
            Console.WriteLine("plamo-nc: " + string.Join(",", JapaneseLlmCatalog.LicensesOfVariant("pfnet/plamo-13b-instruct-nc").Select(license => license.Id)));
            Console.WriteLine("plamo-base: " + string.Join(",", JapaneseLlmCatalog.LicensesOfVariant("pfnet/plamo-13b").Select(license => license.Id)));
            Console.WriteLine("gguf: " + JapaneseLlmCatalog.Query().WithWeightFormat(WeightFormat.Gguf).Count());
            """;
        var folder = feed.NewConsumer("LineageConsumer", PackageTests.ConsoleProject, new Dictionary<string, string> { ["Program.cs"] = program });

        var (exitCode, text) = feed.Run(folder, "run", "-c", "Release");
        output.WriteLine(text);

        Assert.Equal(0, exitCode);
        var catalog = PackageTests.CommittedCatalog();
        Assert.Contains($"derived-from-llama-3: {DerivedFrom(catalog, "llama-3").Count} True", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^lineage: llama-3-swallow-8b openbiollm-8b mmed-llama-3-8b llama-3-elyza-jp-8b .*\bllama-3\b", RegexOptions.Multiline), text);
        Assert.Contains("plamo-nc: cc-by-nc-4.0\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("plamo-base: apache-2.0\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"gguf: {catalog.Models.Count(model => model.Variants.Any(variant => variant.Format == "gguf"))}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_catalog_links_its_models_to_foreign_bases_and_a_withdrawn_model_warns_where_it_is_used()
    {
        var project = ProjectCatalog.ProjectFile("\n    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>");
        var files = ProjectCatalog.Files("""
            using System.Linq;
            using Contoso.Catalog;
            var catalog = GeneratedCatalog.Instance;
            System.Console.WriteLine("derived: " + string.Join(",", catalog.Query().DerivedFrom("base-llm").Select(model => model.Id)));
            System.Console.WriteLine("retired: " + GeneratedCatalog.Models.RetiredModel.IsWithdrawn);
            """);
        files["catalog/models/our-model.yaml"] = ProjectCatalog.OurModel + "base_models:\n  - model: base-llm\n    relation: fine-tuning\n";
        files["catalog/models/retired-model.yaml"] =
            "kind: model\nid: retired-model\nsection: text-generation\nname: Retired Model\nyear: 2024\ndevelopers: [contoso]\nlicenses: [mit]\n"
            + "withdrawn: 2025-03-01\nwithdrawn_reason: The repository was removed.\nbase_models:\n  - model: our-model\n    relation: quantization\n";
        files["catalog/registries/base-models.yaml"] = "kind: base_models\nbase_models:\n  - id: base-llm\n    name: Base LLM\n    developer: Fabrikam\n    licenses: [mit]\n";

        var folder = feed.NewConsumer("LineageProjectCatalog", project, files);
        var (exitCode, text) = feed.Run(folder, "build", "-c", "Release");
        output.WriteLine(text);
        Assert.Equal(0, exitCode);
        Assert.Matches(new Regex(@"Program\.cs\(5,\d+\): warning CS0618: .*retired-model' was withdrawn on 2025-03-01: The repository was removed\."), text);

        (exitCode, text) = feed.Run(folder, "run", "-c", "Release", "--no-build");
        output.WriteLine(text);
        Assert.Equal(0, exitCode);
        Assert.Contains("derived: our-model,retired-model", text, StringComparison.Ordinal);
        Assert.Contains("retired: True", text, StringComparison.Ordinal);
    }

    /// <summary>The models of the committed catalog that have <paramref name="id"/> among their ancestors, walked over the records.</summary>
    private static List<string> DerivedFrom(Authoring.Validation.ValidatedCatalog catalog, string id)
    {
        var models = catalog.Models.ToDictionary(model => model.Id);
        var foreign = catalog.BaseModels.ToDictionary(entry => entry.Id);
        IEnumerable<string> Parents(string node) =>
            models.TryGetValue(node, out var model) ? model.BaseModels.Select(link => link.Model)
            : foreign.TryGetValue(node, out var entry) ? entry.BaseModels.Select(reference => reference.Id)
            : [];
        bool Descends(ModelRecord model)
        {
            var seen = new HashSet<string>();
            var queue = new Queue<string>(Parents(model.Id));
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                if (node == id)
                {
                    return true;
                }

                if (seen.Add(node))
                {
                    foreach (var parent in Parents(node))
                    {
                        queue.Enqueue(parent);
                    }
                }
            }

            return false;
        }

        return catalog.Models.Where(Descends).Select(model => model.Id).ToList();
    }
}
