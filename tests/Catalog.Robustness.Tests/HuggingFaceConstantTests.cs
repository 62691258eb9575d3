using System.Reflection;
using System.Text;
using CsCheck;
using JapaneseLlm.Catalog.Robustness.Support;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// Every Hugging Face repo of a model gets a constant holding its id, however the repo names collide once made
/// identifiers (issue 17: six ids gave three constants, with no diagnostic). A repo listed twice, ignoring case,
/// gets one.
/// </summary>
public sealed class HuggingFaceConstantTests
{
    [Fact]
    public void Repo_ids_whose_names_collide_each_get_a_constant()
    {
        string[] repoIds = ["a/shared", "b/shared", "x/a-shared", "org/a.b", "org/a-b", "org/a_b"];
        var constants = ConstantsOf("shared", repoIds);

        Assert.Equal(repoIds.Order(StringComparer.Ordinal), constants.Values.Order(StringComparer.Ordinal));
        Assert.Equal("AShared", constants.Single(constant => constant.Value == "a/shared").Key);
        Assert.Equal("OrgAB", constants.Single(constant => constant.Value == "org/a.b").Key);
        Assert.Equal("org_sa_hb", constants.Single(constant => constant.Value == "org/a-b").Key);
    }

    [Fact]
    public void A_repo_name_past_the_member_limit_is_cut_after_a_whole_word_and_two_that_meet_when_cut_both_get_a_constant()
    {
        var stem = string.Join('-', Enumerable.Repeat("instruct-dolly-oasst", 5));
        string[] repoIds = ["llm-jp/alpha-" + stem, "llm-jp/" + stem + "-v1.0", "llm-jp/" + stem + "-v1.1", "llm-jp/short-7b"];
        var constants = ConstantsOf("long-names", repoIds);

        Assert.Equal(repoIds.Order(StringComparer.Ordinal), constants.Values.Order(StringComparer.Ordinal));
        Assert.Equal("Short7B", constants.Single(constant => constant.Value == "llm-jp/short-7b").Key);
        var cut = constants.Single(constant => constant.Value == repoIds[0]).Key;
        Assert.Equal("Alpha" + string.Concat(Enumerable.Repeat("InstructDollyOasst", 4)), cut);
        Assert.NotEqual(constants.Single(constant => constant.Value == repoIds[1]).Key, constants.Single(constant => constant.Value == repoIds[2]).Key);
    }

    [Theory]
    [InlineData("Short", 10, "Short")]
    [InlineData("InstructDollyOasst", 15, "InstructDolly")]
    [InlineData("LlmJp3__172BTerms", 12, "LlmJp3__172B")]
    [InlineData("LlmJp3__172BTerms", 10, "LlmJp3")]
    [InlineData("Abcdefghijklmnop", 6, "Abcdef")]
    public void Shortening_cuts_before_the_last_word_that_fits(string name, int maxLength, string expected) =>
        Assert.Equal(expected, JapaneseLlm.Catalog.Authoring.Naming.IdentifierNamer.Shorten(name, maxLength));

    [Fact]
    public void Any_set_of_repo_ids_gets_one_constant_per_repo() =>
        Gen.Select(
                Gen.OneOf(Gen.Const("shared"), Gen.Const("a-shared"), Gen.Const("org-a-b"), Gen.Const("string")),
                Gen.Select(Gen.Int[0, 5], Gen.Int[0, 9], (owner, name) => Owners[owner] + "/" + Names[name]).Array[1, 8])
            .Sample(
                (modelId, repoIds) =>
                {
                    var constants = ConstantsOf(modelId, repoIds);
                    var expected = repoIds.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                    Assert.Equal(expected.Count, constants.Count);
                    Assert.All(expected, repoId => Assert.Contains(repoId, constants.Values));
                },
                iter: 40);

    private static readonly string[] Owners = ["a", "b", "org", "Org", "shared", "to"];
    private static readonly string[] Names = ["shared", "a-shared", "a.b", "a-b", "a_b", "A-B", "string", "ToString", "equals", "org-a-b"];

    /// <summary>Builds the sample catalog plus one model listing <paramref name="repoIds"/>; its constants by name.</summary>
    private static Dictionary<string, string> ConstantsOf(string modelId, IReadOnlyList<string> repoIds)
    {
        var yaml = new StringBuilder($"""
            kind: model
            id: {modelId}
            section: text-generation/from-scratch/general
            name: Colliding
            year: 2024
            developers: [sb-intuitions]
            licenses: [mit]
            variants:

            """);
        foreach (var repoId in repoIds)
        {
            yaml.Append("  - label: v\n    parameters: 7B\n    hf: ").Append(repoId).Append('\n');
        }

        var build = CatalogBuild.Of([.. TestCatalogs.Load("Sample"), TestCatalogs.Text("/catalog/models/colliding.yaml", yaml.ToString())]);
        Assert.Empty(build.Crashes);
        Assert.Empty(build.CompilerDiagnostics.Select(diagnostic => diagnostic.ToString()));
        Assert.Empty(build.CatalogDiagnosticsByPath["/catalog/models/colliding.yaml"].Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()));
        var assembly = GeneratorHarness.Load(build.Generator.Output);
        var holder = assembly.GetTypes().Single(type => type.FullName!.StartsWith("JapaneseLlm.Catalog.HuggingFaceIds+", StringComparison.Ordinal)
            && type.GetFields().Any(field => repoIds.Contains((string)field.GetRawConstantValue()!)));
        return holder.GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(field => field.Name, field => (string)field.GetRawConstantValue()!);
    }
}
