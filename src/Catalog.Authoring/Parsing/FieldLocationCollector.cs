using System.Collections.Generic;
using System.Globalization;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Lists where every key and value of an entry's mapping sits, by path, for <see cref="FieldLocations"/>.
/// </summary>
internal static class FieldLocationCollector
{
    public static FieldLocation[] Collect(YamlMapping mapping)
    {
        var locations = new List<FieldLocation>();
        AddMapping(mapping, "", locations);
        return locations.ToArray();
    }

    private static void AddMapping(YamlMapping mapping, string prefix, List<FieldLocation> locations)
    {
        foreach (var entry in mapping.Entries)
        {
            var path = prefix.Length == 0 ? entry.Key.Value : prefix + "." + entry.Key.Value;
            locations.Add(new FieldLocation(path, entry.Key.Span, entry.Value.Span));
            AddChildren(entry.Value, path, entry.Key.Span, locations);
        }
    }

    private static void AddChildren(YamlNode node, string path, SourceSpan keySpan, List<FieldLocation> locations)
    {
        switch (node)
        {
            case YamlMapping mapping:
                AddMapping(mapping, path, locations);
                break;
            case YamlSequence sequence:
                for (var index = 0; index < sequence.Items.Count; index++)
                {
                    var item = sequence.Items[index];
                    var itemPath = path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                    locations.Add(new FieldLocation(itemPath, item.Span, item.Span));
                    AddChildren(item, itemPath, keySpan, locations);
                }

                break;
        }
    }
}
