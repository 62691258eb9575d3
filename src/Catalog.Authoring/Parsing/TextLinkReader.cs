using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>Reads <c>links:</c>, a list of <c>{ text: …, url: … }</c>: phrases of the entry's texts and the pages they refer to.</summary>
internal static class TextLinkReader
{
    public static EquatableArray<TextLink> Read(MappingReader reader)
    {
        var links = new List<TextLink>();
        foreach (var mapping in reader.Mappings("links"))
        {
            var item = reader.NestedItem(mapping, "links", links.Count, CommonProperties.TextLinkItem.Name, CommonProperties.TextLinkItem.Keys);
            var field = item.String("field", required: true);
            var text = item.String("text", required: true);
            var url = item.String("url", required: true);
            item.ReportUnknownKeys();
            reader.Absorb(item);
            reader.Locate("links", mapping.Span);
            if (field is not null && text is not null && url is not null)
            {
                links.Add(new TextLink(field, text, url));
            }
        }

        return links.ToEquatableArray();
    }
}
