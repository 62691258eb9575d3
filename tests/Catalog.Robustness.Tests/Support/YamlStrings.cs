using YamlDotNet.RepresentationModel;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>
/// The text values a record's YAML writes, read by YamlDotNet's document model: the oracle for "the runtime
/// value is exactly what the YAML says". Keys whose values the catalog turns into numbers, dates, flags or
/// enums are left out.
/// </summary>
internal static class YamlStrings
{
    private static readonly HashSet<string> NonTextKeys = new(StringComparer.Ordinal)
    {
        "kind", "year", "announced", "published", "parameters", "active_parameters", "tokens", "individual",
        "openai_terms_caveat", "commercial_use", "huggingface_support", "level", "records", "category", "order",
    };

    public static List<string> Of(string text, CensusRecord record)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var node = record.Kind is "model" or "benchmark" or "paper"
            ? root
            : ((YamlSequenceNode)root.Children[new YamlScalarNode(record.Kind + "s")]).Children.Single(item => (int)item.Start.Index == record.Start);
        var strings = new List<string>();
        Collect(node, strings);
        return strings;
    }

    private static void Collect(YamlNode node, List<string> strings)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                strings.Add(scalar.Value ?? string.Empty);
                break;
            case YamlSequenceNode sequence:
                sequence.Children.ToList().ForEach(item => Collect(item, strings));
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (!NonTextKeys.Contains(((YamlScalarNode)key).Value!))
                    {
                        Collect(value, strings);
                    }
                }

                break;
        }
    }
}
