using System.Globalization;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// Names one entry (its file and the place of its id) with a finding about it, for the rules' sets of what was
/// seen. Keyed so rather than by the entry: a record's equality and hash code walk every field it has.
/// </summary>
internal static class EntryKey
{
    public static string Of(CatalogEntry entry, EntryLocations locations, params string[] parts) =>
        entry.Path + "\n" + locations.Id.Offset.ToString(CultureInfo.InvariantCulture) + "\n" + string.Join("\n", parts);
}
