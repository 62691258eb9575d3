using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>Reads <c>footnotes:</c>, a mapping from the annotated field to one footnote id or a list of them.</summary>
internal static class FootnoteReader
{
    /// <param name="reader">The record's reader.</param>
    /// <param name="fields">The fields a footnote may annotate, from the record's schema.</param>
    public static EquatableArray<FootnoteReference> Read(MappingReader reader, IReadOnlyList<string>? fields)
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
            if (!reader.IsAllowed("footnotes", entry.Key.Value, entry.Key.Span, fields))
            {
                continue;
            }

            foreach (var item in reader.Items("footnotes", entry.Value))
            {
                var id = reader.AsString("footnotes", item);
                if (id is not null)
                {
                    reader.Locate("footnotes", item.Span);
                    references.Add(new FootnoteReference(entry.Key.Value, id));
                }
            }
        }

        return references.ToEquatableArray();
    }
}
