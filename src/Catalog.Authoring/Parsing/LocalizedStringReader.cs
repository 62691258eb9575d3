using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Reads a value that is usually one string (a URL, a label) but may differ per language: a scalar,
/// or a mapping of <c>ja</c>, <c>en</c> and <c>fr</c>. The single value is then the English one.
/// </summary>
internal static class LocalizedStringReader
{
    public static LocalizedString? Read(MappingReader reader, string key, bool required = false)
    {
        var node = reader.Node(key, required);
        switch (node)
        {
            case null:
                return null;
            case YamlScalar scalar:
                return required && MappingReader.IsBlank(LocalizedText.Same(scalar.Value)) ? Blank(reader, key, node) : new LocalizedString(scalar.Value, null);
            default:
                var failedBefore = reader.Failed;
                var text = reader.AsText(key, node);
                if (text is not null && required && MappingReader.IsBlank(text) && reader.Failed == failedBefore)
                {
                    return Blank(reader, key, node);
                }

                return text is null ? null : new LocalizedString(text.English ?? text.Japanese ?? text.French, text);
        }
    }

    private static LocalizedString? Blank(MappingReader reader, string key, YamlNode node)
    {
        reader.ReportBlank<string>(key, node);
        return null;
    }
}
