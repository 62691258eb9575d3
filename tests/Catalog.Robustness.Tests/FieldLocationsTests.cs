using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// Field locations are found again from the text on demand: they must point where the eager ones did, and an
/// entry must stay equal (so the generator keeps its output cached) exactly when its own text and start are unchanged.
/// </summary>
public sealed class FieldLocationsTests
{
    private const string Registry = """
        kind: developers
        developers:
        - id: first-lab
          name: First Lab
        - id: second-lab
          name: Second Lab
          url: https://second.example
        """;

    [Fact]
    public void A_field_is_located_at_its_line_and_column()
    {
        var second = Entry(Registry, "second-lab");
        Assert.Equal((7, 8), (second.ValueSpanOf("url").Line, second.ValueSpanOf("url").Column));
        Assert.Equal((6, 3), (second.KeySpanOf("name").Line, second.KeySpanOf("name").Column));
        // A path that is not written falls back to its closest written parent, then to the id.
        Assert.Equal(second.ValueSpanOf("name"), second.ValueSpanOf("name.ja"));
        Assert.Equal(second.IdSpan, second.ValueSpanOf("missing"));
    }

    [Fact]
    public void Editing_one_entry_leaves_the_others_equal()
    {
        var sameLength = Registry.Replace("First Lab", "First Bal", StringComparison.Ordinal);
        Assert.NotEqual(Entry(Registry, "first-lab"), Entry(sameLength, "first-lab"));
        Assert.Equal(Entry(Registry, "second-lab"), Entry(sameLength, "second-lab"));
        Assert.Equal(Entry(Registry, "second-lab"), Entry(Registry + "\n# note\n", "second-lab"));

        // A longer line above moves the entry: not equal, and located anew.
        var longer = Entry(Registry.Replace("First Lab", "First Lab!", StringComparison.Ordinal), "second-lab");
        Assert.NotEqual(Entry(Registry, "second-lab"), longer);
        Assert.Equal(Entry(Registry, "second-lab").ValueSpanOf("url").Offset + 1, longer.ValueSpanOf("url").Offset);
    }

    private static CatalogEntry Entry(string text, string id) =>
        CatalogParser.Parse("registries/developers.yaml", text).Entries.Single(entry => entry.Id == id);
}
