using System.Collections.Generic;
using JapaneseLlm.Catalog.Model.Records;
using JapaneseLlm.Catalog.Model.Yaml;

namespace JapaneseLlm.Catalog.Model.Parsing;

/// <summary>Reads <c>footnotes:</c>, a mapping from the annotated field to one footnote id or a list of them.</summary>
internal static class FootnoteReader
{
    public static EquatableArray<FootnoteReference> Read(MappingReader reader)
    {
        var node = reader.Node("footnotes", required: false);
        if (node is null)
        {
            return EquatableArray<FootnoteReference>.Empty;
        }

        if (node is not YamlMapping byField)
        {
            return reader.WrongType<EquatableArray<FootnoteReference>>("footnotes", node, "a mapping from field name to footnote ids");
        }

        var references = new List<FootnoteReference>();
        foreach (var entry in byField.Entries)
        {
            foreach (var item in reader.Items("footnotes", entry.Value))
            {
                var id = reader.AsString("footnotes", item);
                if (id is not null)
                {
                    references.Add(new FootnoteReference(entry.Key.Value, id, item.Span));
                }
            }
        }

        return references.ToEquatableArray();
    }
}
