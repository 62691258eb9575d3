using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

public sealed class ParserTests
{
    private const string ValidModel = """
        kind: model
        id: sarashina2
        section: text-generation/from-scratch/general
        name: Sarashina2
        year: 2024
        developers: [sb-intuitions]
        licenses: [mit]
        variants:
          - label: "**7b**"
            hf: sbintuitions/sarashina2-7b
            parameters: 7B
        """;

    [Fact]
    public void A_valid_model_parses_without_diagnostics()
    {
        var parsed = CatalogParser.Parse("m.yaml", ValidModel);
        Assert.Empty(parsed.Diagnostics);
        var model = Assert.IsType<ModelRecord>(Assert.Single(parsed.Entries));
        Assert.Equal("sarashina2", model.Id);
        Assert.Equal(7_000_000_000L, model.Variants.Single().Parameters);
        Assert.Equal(new SourceSpanAssert(2, 5), SourceSpanAssert.Of(parsed.LocationsOf(0).Id));
    }

    [Fact]
    public void An_unknown_key_is_an_error_at_the_key_with_a_suggestion()
    {
        var parsed = CatalogParser.Parse("m.yaml", ValidModel.Replace("year: 2024", "yaer: 2024", StringComparison.Ordinal));
        var unknown = Assert.Single(parsed.Diagnostics, diagnostic => diagnostic.RuleId == CatalogRules.UnknownKey.Id);
        Assert.Equal(new SourceSpanAssert(5, 1), SourceSpanAssert.Of(unknown.Span));
        Assert.Contains("did you mean 'year'?", unknown.Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(parsed.Entries).IsIncomplete, "a record with a read error is kept for the checker, marked incomplete");
    }

    [Theory]
    [InlineData("year: twenty", "JLLM0003", 5, 7)]
    [InlineData("year: 1066", "JLLM0008", 5, 7)]
    [InlineData("year: [2024]", "JLLM0003", 5, 7)]
    public void A_bad_value_is_reported_at_the_value(string replacement, string ruleId, int line, int column)
    {
        var parsed = CatalogParser.Parse("m.yaml", ValidModel.Replace("year: 2024", replacement, StringComparison.Ordinal));
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal(ruleId, diagnostic.RuleId);
        Assert.Equal(new SourceSpanAssert(line, column), SourceSpanAssert.Of(diagnostic.Span));
        Assert.True(Assert.Single(parsed.Entries).IsIncomplete, "a record with a read error is kept for the checker, marked incomplete");
    }

    [Theory]
    [InlineData("undisclosed: [license]", 8, 15, "did you mean 'licenses'?")]
    [InlineData("footnotes:\n  licence: [openai-terms]", 9, 3, "did you mean 'licenses'?")]
    public void Field_names_in_undisclosed_and_footnotes_come_from_the_closed_set(string yaml, int line, int column, string hint)
    {
        var parsed = CatalogParser.Parse("m.yaml", ValidModel.Replace("licenses: [mit]", "licenses: [mit]\n" + yaml, StringComparison.Ordinal));
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal(CatalogRules.InvalidValue.Id, diagnostic.RuleId);
        Assert.Equal(new SourceSpanAssert(line, column), SourceSpanAssert.Of(diagnostic.Span));
        Assert.Contains(hint, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_key_names_the_record_and_the_key()
    {
        var parsed = CatalogParser.Parse("m.yaml", ValidModel.Replace("section: text-generation/from-scratch/general\n", string.Empty, StringComparison.Ordinal));
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal(CatalogRules.MissingKey.Id, diagnostic.RuleId);
        Assert.Equal("Model 'sarashina2' has no 'section': add it", diagnostic.Message);
    }

    [Fact]
    public void A_model_without_a_year_is_read_without_one()
    {
        var parsed = CatalogParser.Parse("m.yaml", ValidModel.Replace("year: 2024\n", string.Empty, StringComparison.Ordinal));
        Assert.Empty(parsed.Diagnostics);
        Assert.Null(Assert.IsType<ModelRecord>(Assert.Single(parsed.Entries)).Year);
    }

    [Theory]
    [InlineData("", "JLLM0006")]
    [InlineData("# only a comment\n", "JLLM0006")]
    [InlineData("- a\n- b\n", "JLLM0006")]
    [InlineData("kind: model\n---\nkind: model\n", "JLLM0006")]
    [InlineData("kind: model\nid: [unclosed\n", "JLLM0001")]
    [InlineData("kind: model\n\tid: x\n", "JLLM0001")]
    [InlineData("kind: model\nid: a\nid: b\n", "JLLM0005")]
    [InlineData("kind: model\nname: &n x\nurl: *n\n", "JLLM0007")]
    [InlineData("kind: modle\n", "JLLM0008")]
    [InlineData("id: x\n", "JLLM0004")]
    public void Malformed_files_give_a_located_diagnostic_and_no_entry(string text, string ruleId)
    {
        var parsed = CatalogParser.Parse("bad.yaml", text);
        Assert.Contains(parsed.Diagnostics, diagnostic => diagnostic.RuleId == ruleId);
        Assert.All(parsed.Diagnostics, diagnostic => Assert.True(diagnostic.Span.Line >= 1 && diagnostic.Span.Column >= 1));
        Assert.Empty(parsed.Entries);
    }

    [Fact]
    public void A_broken_registry_entry_is_skipped_and_the_rest_load()
    {
        var parsed = CatalogParser.Parse("licenses.yaml", """
            kind: licenses
            licenses:
              - id: mit
                name: MIT
                commercial_use: allowed
              - id: broken
                name: Broken
                commercial_use: sometimes
            """);
        Assert.Equal("mit", Assert.Single(parsed.Entries).Id);
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal(CatalogRules.InvalidValue.Id, diagnostic.RuleId);
        Assert.Equal(new SourceSpanAssert(8, 21), SourceSpanAssert.Of(diagnostic.Span));
    }

    [Theory]
    [InlineData("172B", 172_000_000_000L)]
    [InlineData("1.8b", 1_800_000_000L)]
    [InlineData("310M", 310_000_000L)]
    [InlineData("1T", 1_000_000_000_000L)]
    [InlineData("125000000", 125_000_000L)]
    public void Parameter_counts_read_as_the_list_writes_them(string text, long expected)
    {
        Assert.True(ParameterCount.TryParse(text, out var count));
        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-7B")]
    [InlineData("seven")]
    [InlineData("0.5")]
    [InlineData("99999999999T")]
    public void Malformed_parameter_counts_are_rejected(string text) => Assert.False(ParameterCount.TryParse(text, out _));

    /// <summary>Line and column only, for readable assertions.</summary>
    private readonly record struct SourceSpanAssert(int Line, int Column)
    {
        public static SourceSpanAssert Of(JapaneseLlm.Catalog.Authoring.SourceSpan span) => new(span.Line, span.Column);
    }
}
