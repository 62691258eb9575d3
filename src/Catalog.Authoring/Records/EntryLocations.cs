using System;

namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>
/// Where one entry is written: its id, every key and value by path (<see cref="FieldLocations"/>), and the items the
/// reader kept in the entry's lists (a reference, a variant, a suppression), by the list's key and the item's index
/// in the record. Kept beside the entry rather than in it (<see cref="Parsing.ParsedFile.Locations"/>), so the
/// entry is only its data: text that moves it within its file, such as a comment line above it, leaves it equal,
/// and the generator's output from it cached. Diagnostics are made from these when they are reported.
/// </summary>
public sealed class EntryLocations : IEquatable<EntryLocations>
{
    public static readonly EntryLocations None = new(default, FieldLocations.None, Array.Empty<ListItem>());

    private readonly FieldLocations fields;
    private readonly ListItem[] items;

    internal EntryLocations(SourceSpan id, FieldLocations fields, ListItem[] items)
    {
        Id = id;
        this.fields = fields;
        this.items = items;
    }

    /// <summary>The id's value, where diagnostics about the whole entry point.</summary>
    public SourceSpan Id { get; }

    /// <summary>The span of the value at <paramref name="path"/>, else of its key's closest written parent, else of the id.</summary>
    public SourceSpan ValueSpanOf(string path) => Find(path)?.ValueSpan ?? Id;

    /// <summary>The span of the key at <paramref name="path"/>, else of its closest written parent, else of the id.</summary>
    public SourceSpan KeySpanOf(string path) => Find(path)?.KeySpan ?? Id;

    /// <summary>
    /// Where the reader found item <paramref name="index"/> of the record's list <paramref name="key"/>
    /// (<c>licenses</c>, <c>variants</c>, <c>variants[1].licenses</c>, <c>footnotes</c>, <c>suppress</c>); the id
    /// where it recorded none.
    /// </summary>
    public SourceSpan ItemSpan(string key, int index = 0)
    {
        foreach (var item in items)
        {
            if (item.Key == key && index-- == 0)
            {
                return item.Span;
            }
        }

        return Id;
    }

    public bool Equals(EntryLocations? other) =>
        other is not null && Id == other.Id && fields.Equals(other.fields) && SameItems(items, other.items);

    public override bool Equals(object? obj) => Equals(obj as EntryLocations);

    public override int GetHashCode() => (Id.GetHashCode() * 31) + fields.GetHashCode();

    private FieldLocation? Find(string path)
    {
        for (var candidate = path; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (fields.Find(candidate) is { } location)
            {
                return location;
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(new[] { '.', '[' });
        return cut < 0 ? "" : path.Substring(0, cut);
    }

    private static bool SameItems(ListItem[] left, ListItem[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var index = 0; index < left.Length; index++)
        {
            if (left[index] != right[index])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where one item of the list <see cref="Key"/> is written; a list's items are in the record's order.</summary>
    internal readonly record struct ListItem(string Key, SourceSpan Span);
}
