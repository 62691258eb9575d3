using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Reads the <c>&lt;field&gt;_text</c> keys: a cell's text as written, for the languages where the
/// structured fields cannot reproduce it.
/// </summary>
internal static class DisplayTextReader
{
    public const string Suffix = "_text";

    public static EquatableArray<FieldText> Read(MappingReader reader, IEnumerable<string> fields)
    {
        var texts = new List<FieldText>();
        foreach (var field in fields)
        {
            var text = reader.Text(field + Suffix);
            if (text is not null)
            {
                texts.Add(new FieldText(field, text));
            }
        }

        return texts.ToEquatableArray();
    }
}
