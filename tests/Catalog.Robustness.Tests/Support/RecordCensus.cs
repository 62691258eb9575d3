using YamlDotNet.RepresentationModel;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>
/// One record as the YAML holds it: its entry kind, its id if it has a text one, and the characters it spans
/// (the whole file for a record file; one list item for a registry entry).
/// </summary>
internal sealed record CensusRecord(string Path, string Kind, string? Id, int Start, int End);

/// <summary>
/// Counts the records of catalog files with YamlDotNet's own document model, independently of the catalog
/// parser, so that a record the parser loses without a word is caught.
/// </summary>
internal static class RecordCensus
{
    private static readonly Dictionary<string, string> RegistryEntryKinds = new(StringComparer.Ordinal)
    {
        ["developers"] = "developer", ["licenses"] = "license", ["datasets"] = "dataset", ["footnotes"] = "footnote", ["sections"] = "section",
        ["base_models"] = "base model", ["vocabulary"] = "word",
    };

    /// <summary>
    /// The records of one file. A file YamlDotNet cannot read, or whose root is not a mapping with a known
    /// <c>kind</c>, counts as one record of kind <c>unknown</c> spanning the file: it must be diagnosed.
    /// Only call this for files the catalog parser read as YAML: YamlDotNet's document model recurses without bound.
    /// </summary>
    public static IReadOnlyList<CensusRecord> Count(string path, string text)
    {
        var wholeFile = new CensusRecord(path, "unknown", null, 0, text.Length);
        YamlStream stream;
        try
        {
            stream = new YamlStream();
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return [wholeFile];
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root || Scalar(root, "kind") is not { } kind)
        {
            return [wholeFile];
        }

        if (kind is "model" or "benchmark" or "paper")
        {
            return [wholeFile with { Kind = kind, Id = Scalar(root, "id") }];
        }

        if (!RegistryEntryKinds.TryGetValue(kind, out var entryKind))
        {
            return [wholeFile];
        }

        if (!root.Children.TryGetValue(new YamlScalarNode(kind), out var list) || list is not YamlSequenceNode items)
        {
            return [];
        }

        return items.Children.Select((item, index) => new CensusRecord(
                path,
                entryKind,
                item is YamlMappingNode mapping ? Scalar(mapping, "id") : null,
                (int)item.Start.Index,
                index + 1 < items.Children.Count ? (int)items.Children[index + 1].Start.Index : text.Length))
            .ToList();
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
