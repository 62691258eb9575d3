using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Naming;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Validation;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

public sealed class ValidatorTests
{
    [Theory]
    [InlineData("llm-jp-3-172b", "LlmJp3__172B")]
    [InlineData("apache-2.0", "Apache2_0")]
    [InlineData("sb-intuitions", "SbIntuitions")]
    [InlineData("sarashina2-8x70b", "Sarashina2__8x70B")]
    [InlineData("sarashina2.1-1b", "Sarashina2_1__1B")]
    [InlineData("sarashina2-1.1b", "Sarashina2__1_1B")]
    [InlineData("japanese-stable-lm-2-1.6b", "JapaneseStableLm2__1_6B")]
    [InlineData("v1.2.3", "V1_2_3")]
    [InlineData("v1..2", "V1__2")]
    [InlineData("q4_0+1", "Q4__0__1")]
    [InlineData("llama-3.1-swallow-8b", "Llama3_1Swallow8B")]
    [InlineData("3d-model", "_3DModel")]
    [InlineData("class", "Class")]
    public void Ids_map_to_deterministic_identifiers(string id, string identifier) =>
        Assert.Equal(identifier, IdentifierNamer.ToIdentifier(id));

    [Fact]
    public void The_sample_catalog_validates_cleanly()
    {
        var catalog = Validate(TestCatalogs.Load("Sample").Select(file => (file.Path, file.GetText()!.ToString())));
        Assert.Empty(catalog.Diagnostics);
        Assert.Equal(6, catalog.Models.Count);
    }

    [Fact]
    public void A_dangling_reference_skips_the_record_and_is_reported_at_the_reference()
    {
        var files = SampleWith("/catalog/models/extra.yaml", """
            kind: model
            id: extra
            section: text-generation/from-scratch/general
            name: Extra
            year: 2024
            developers: [sb-intuitons]
            licenses: [mit]
            """);
        var catalog = Validate(files);
        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.Equal(CatalogRules.UnknownReference.Id, diagnostic.RuleId);
        Assert.Equal((6, 14), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("did you mean 'sb-intuitions'?", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(catalog.Models, model => model.Id == "extra");
    }

    [Fact]
    public void Two_ids_that_map_to_one_identifier_are_reported_not_suffixed()
    {
        var files = SampleWith("/catalog/models/zz-copy.yaml", """
            kind: model
            id: sarashina.2
            section: text-generation/from-scratch/general
            name: Copy
            year: 2024
            """);
        var catalog = Validate(files);
        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.Equal(CatalogRules.IdentifierCollision.Id, diagnostic.RuleId);
        Assert.Equal("/catalog/models/zz-copy.yaml", diagnostic.Path);
        Assert.Equal(6, catalog.Models.Count);
    }

    [Fact]
    public void A_duplicate_id_is_reported_where_it_repeats()
    {
        var files = SampleWith("/catalog/models/zz-sarashina2.yaml", """
            kind: model
            id: sarashina2
            section: text-generation/from-scratch/general
            name: Again
            year: 2024
            """);
        var diagnostic = Assert.Single(Validate(files).Diagnostics);
        Assert.Equal(CatalogRules.DuplicateId.Id, diagnostic.RuleId);
        Assert.Equal("/catalog/models/zz-sarashina2.yaml", diagnostic.Path);
        Assert.Equal((2, 5), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void A_name_that_would_hide_an_inherited_member_is_reported()
    {
        var files = SampleWith("/catalog/models/equals.yaml", "kind: model\nid: equals\nsection: encoder/general\nname: E\nyear: 2024\n");
        Assert.Equal(CatalogRules.IdentifierCollision.Id, Assert.Single(Validate(files).Diagnostics).RuleId);
    }

    private static IEnumerable<(string Path, string Text)> SampleWith(string path, string text) =>
        TestCatalogs.Load("Sample").Select(file => (file.Path, file.GetText()!.ToString())).Append((path, text));

    private static ValidatedCatalog Validate(IEnumerable<(string Path, string Text)> files) =>
        CatalogValidator.Validate(files.Select(file => CatalogParser.Parse(file.Path, file.Text)));
}
