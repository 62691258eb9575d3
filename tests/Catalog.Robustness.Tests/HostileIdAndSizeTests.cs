using CsCheck;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Robustness.Support;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// Ids and sizes that once broke the build (found by the property tests): names that collide only in case or
/// with a generated class, and a parameter count that overflowed decimal. Each must now be a located diagnostic.
/// </summary>
public sealed class HostileIdAndSizeTests
{
    /// <summary>
    /// 'ab' and 'a-b' become 'Ab' and 'AB': distinct C# names, but not for case-insensitive tools and languages
    /// (and, when each record had its own generated file, a hint-name clash that made AddSource throw: CS8785).
    /// </summary>
    [Fact]
    public void Ids_whose_names_differ_only_in_case_are_a_collision_not_a_generator_crash()
    {
        var build = Build(Model("ab"), Model("a-b"));
        Assert.Empty(build.Crashes);
        // Paths sort '/known/a-b.yaml' first, so 'ab' is the one reported.
        Assert.Equal([$"{CatalogRules.IdentifierCollision.Id} 2 5"], Errors(build, "ab"));
    }

    /// <summary>
    /// A record named like a generated class shadows it: 'hugging-face-ids' becomes a class nested in HuggingFaceIds
    /// (CS0542); 'model-table' and 'developer-table' hide ModelTable and DeveloperTable from their own members (CS1061).
    /// </summary>
    [Theory]
    [InlineData("hugging-face-ids")]
    [InlineData("model-table")]
    public void A_model_named_like_a_generated_class_is_a_collision_not_a_compile_error(string id)
    {
        var build = Build(Model(id));
        Assert.Empty(build.CompilerDiagnostics);
        Assert.Equal([$"{CatalogRules.IdentifierCollision.Id} 2 5"], Errors(build, id));
    }

    [Fact]
    public void A_developer_named_like_its_table_is_a_collision_not_a_compile_error()
    {
        var build = Build(new CorpusText("/known/developer-table.yaml", "kind: developers\ndevelopers:\n  - id: developer-table\n    name: T\n"));
        Assert.Empty(build.CompilerDiagnostics);
        Assert.Equal([$"{CatalogRules.IdentifierCollision.Id} 3 9"], Errors(build, "developer-table"));
    }

    /// <summary>7.9e28 × 10^12 overflows decimal inside ParameterCount.TryParse; the parser's safety net then blames line 1.</summary>
    [Fact]
    public void An_overflowing_parameter_count_is_reported_at_its_value()
    {
        var build = Build(Model("overflow", "parameters: 79228162514264337593543950335T\n"));
        Assert.Equal([$"{CatalogRules.InvalidValue.Id} 6 13"], Errors(build, "overflow"));
    }

    /// <summary>Ids from a tiny alphabet collide often, in every way: each record compiles or is diagnosed, and nothing throws.</summary>
    [Fact]
    public void Random_ids_never_crash_the_generator_and_never_lose_a_record() =>
        Gen.Select(Gen.Char["ab1"], Gen.Char["ab1-."].Array[0, 3], (first, rest) => first + new string(rest))
            .ArrayUnique[2, 12]
            .Sample(
                ids =>
                {
                    var files = ids.Select(id => Model(id)).ToList();
                    var build = Build([.. files]);
                    Assert.Empty(build.Crashes);
                    Assert.Empty(build.CompilerDiagnostics);
                    RecordAccounting.AssertNoRecordIsLost([.. HostileCorpus.Registries, .. files], build, CompiledCatalog.Load(build.Generator.Output));
                },
                iter: 20,
                threads: 1);

    private static CorpusText Model(string id, string extra = "") =>
        new($"/known/{id}.yaml", $"kind: model\nid: {id}\nsection: hostile\nyear: 2024\nname: N\n{extra}");

    private static CatalogBuild Build(params CorpusText[] files) => CatalogBuild.Of([.. HostileCorpus.Registries, .. files]);

    private static List<string> Errors(CatalogBuild build, string id) =>
        build.CatalogDiagnosticsByPath[$"/known/{id}.yaml"]
            .Where(diagnostic => Expectations.Covers(diagnostic.Id))
            .Select(diagnostic => ExpectedDiagnostic.Of(diagnostic).ToString())
            .ToList();

    /// <summary>
    /// Sizes that are whole multiples of their unit are formatted without decimal arithmetic: the same text as
    /// dividing in decimals, for any count, the whole multiples, their neighbours and the extremes included.
    /// </summary>
    [Fact]
    public void A_size_reads_the_same_as_dividing_it_in_decimals() =>
        Gen.OneOf(
                Gen.Long[0, long.MaxValue],
                Gen.Long[1, 999_999].SelectMany(units => Gen.OneOf(Gen.Const(1_000L), Gen.Const(1_000_000L), Gen.Const(1_000_000_000L), Gen.Const(1_000_000_000_000L)).Select(scale => units * scale)),
                Gen.Long[1, 999_999].Select(units => (units * 1_000_000_000L) + 1),
                Gen.Const(long.MaxValue),
                Gen.Long[0, 1_000])
            .Sample(
                count =>
                {
                    var expected = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    foreach (var (suffix, scale) in new[] { ("T", 1e12m), ("B", 1e9m), ("M", 1e6m), ("K", 1e3m) })
                    {
                        if (count >= scale)
                        {
                            expected = (count / scale).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + suffix;
                            break;
                        }
                    }

                    Assert.Equal(expected, JapaneseLlm.Catalog.Authoring.Parsing.ParameterCount.Format(count));
                },
                iter: 5_000);
}
