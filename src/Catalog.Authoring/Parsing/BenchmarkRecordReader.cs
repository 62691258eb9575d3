namespace JapaneseLlm.Catalog.Authoring.Parsing;

using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

internal static class BenchmarkRecordReader
{
    public static readonly string[] Keys = BenchmarkSchema.Record.Keys;

    /// <summary>The fields a <c>&lt;field&gt;_text</c> key may override.</summary>
    public static readonly string[] DisplayFields = BenchmarkSchema.DisplayFields;

    public static BenchmarkRecord? Read(MappingReader reader)
    {
        var id = reader.Id();
        var url = LocalizedStringReader.Read(reader, "url");
        reader.Locate("section", reader.SpanOf("section"));
        var record = new BenchmarkRecord(id ?? "", reader.Path)
        {
            Section = reader.String("section", required: true) ?? "",
            Name = reader.Text("name", required: true) ?? LocalizedText.Same(""),
            Url = url.Value,
            LocalizedUrl = url.PerLanguage,
            Anchor = reader.String("anchor"),
            Description = reader.Text("description"),
            Developers = reader.References("developers"),
            Footnotes = FootnoteReader.Read(reader, BenchmarkSchema.Record.ValuesOf("footnotes")),
            Order = reader.Int("order"),
            DisplayTexts = DisplayTextReader.Read(reader, DisplayFields),
            OtherColumns = OtherColumnReader.Read(reader),
            Links = TextLinkReader.Read(reader),
        };
        reader.ReportUnknownKeys();
        return id is null ? null : record with { IsIncomplete = reader.Failed };
    }
}
