using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// Field locations are found again from the text on demand: they must point where the eager ones did. They are kept
/// beside the entry: an entry stays equal (so the generator keeps its output cached) when only its place in the file
/// changes, and its locations stay equal exactly when its own text and start are unchanged.
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
        var second = Locations(Registry, "second-lab");
        Assert.Equal((7, 8), (second.ValueSpanOf("url").Line, second.ValueSpanOf("url").Column));
        Assert.Equal((6, 3), (second.KeySpanOf("name").Line, second.KeySpanOf("name").Column));
        Assert.Equal((5, 7), (second.Id.Line, second.Id.Column));
        // A path that is not written falls back to its closest written parent, then to the id.
        Assert.Equal(second.ValueSpanOf("name"), second.ValueSpanOf("name.ja"));
        Assert.Equal(second.Id, second.ValueSpanOf("missing"));
    }

    [Fact]
    public void Editing_one_entry_leaves_the_others_equal()
    {
        var sameLength = Registry.Replace("First Lab", "First Bal", StringComparison.Ordinal);
        Assert.NotEqual(Entry(Registry, "first-lab"), Entry(sameLength, "first-lab"));
        Assert.NotEqual(Locations(Registry, "first-lab"), Locations(sameLength, "first-lab"));
        Assert.Equal(Entry(Registry, "second-lab"), Entry(sameLength, "second-lab"));
        Assert.Equal(Locations(Registry, "second-lab"), Locations(sameLength, "second-lab"));
        Assert.Equal(Locations(Registry, "second-lab"), Locations(Registry + "\n# note\n", "second-lab"));
    }

    [Fact]
    public void Moving_an_entry_changes_its_locations_not_the_entry()
    {
        // A longer line or a comment line above moves the entry: its data is equal, its locations are found anew.
        foreach (var moved in new[] { Registry.Replace("First Lab", "First Lab!", StringComparison.Ordinal), "# note\n" + Registry })
        {
            Assert.Equal(Entry(Registry, "second-lab"), Entry(moved, "second-lab"));
            Assert.NotEqual(Locations(Registry, "second-lab"), Locations(moved, "second-lab"));
        }

        var longer = Locations(Registry.Replace("First Lab", "First Lab!", StringComparison.Ordinal), "second-lab");
        Assert.Equal(Locations(Registry, "second-lab").ValueSpanOf("url").Offset + 1, longer.ValueSpanOf("url").Offset);
        Assert.Equal(Locations(Registry, "second-lab").Id.Line + 1, Locations("# note\n" + Registry, "second-lab").Id.Line);
    }

    private static CatalogEntry Entry(string text, string id) =>
        CatalogParser.Parse("registries/developers.yaml", text).Entries.Single(entry => entry.Id == id);

    private static EntryLocations Locations(string text, string id)
    {
        var parsed = CatalogParser.Parse("registries/developers.yaml", text);
        return parsed.LocationsOf(parsed.Entries.ToList().FindIndex(entry => entry.Id == id));
    }
}
