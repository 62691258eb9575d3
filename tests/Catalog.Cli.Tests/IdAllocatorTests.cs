using System.Linq;
using JapaneseLlm.Catalog.Cli.Import;
using JapaneseLlm.Catalog.Authoring.Naming;
using Xunit;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>Record ids fit IdentifierNamer.MaxIdLength, however many models a cell lists.</summary>
public sealed class IdAllocatorTests
{
    [Fact]
    public void A_cell_that_lists_several_models_is_named_after_the_first()
    {
        var ids = new IdAllocator("model");
        var names = string.Join(" ", Enumerable.Range(1, 5).Select(index => $"hotchpotch/japanese-reranker-cross-encoder-v{index}"));

        Assert.Equal("hotchpotch-japanese-reranker-cross-encoder-v1", ids.Allocate(names, "model", firstName: "hotchpotch/japanese-reranker-cross-encoder-v1"));
    }

    [Fact]
    public void A_long_name_is_cut_after_its_last_whole_word_and_a_taken_one_keeps_room_for_its_suffix()
    {
        var ids = new IdAllocator("model");
        const string Name = "Research and Development Center for Large Language Models Instruct";

        var first = ids.Allocate(Name, "model");
        var second = ids.Allocate(Name, "model");

        Assert.Equal("research-and-development-center-for-large", first);
        Assert.Equal("research-and-development-center-for-large-2", second);
        Assert.All(new[] { first, second }, id => Assert.True(id.Length <= IdentifierNamer.MaxIdLength));
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("alpha-beta-gamma", 12, "alpha-beta")]
    [InlineData("alpha-beta-gamma", 10, "alpha-beta")]
    [InlineData("qwen2.5-72b-instruct", 12, "qwen2.5-72b")]
    [InlineData("abcdefghijkl", 5, "abcde")]
    public void Slugs_are_shortened_at_a_word_break(string slug, int maxLength, string expected) =>
        Assert.Equal(expected, Slug.Shorten(slug, maxLength));
}
