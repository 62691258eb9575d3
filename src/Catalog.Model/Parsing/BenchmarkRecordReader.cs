namespace JapaneseLlm.Catalog.Model.Parsing;

using JapaneseLlm.Catalog.Model.Records;

internal static class BenchmarkRecordReader
{
    public static readonly string[] Keys =
    {
        "kind", "id", "section", "name", "url", "anchor", "description", "developers", "footnotes",
    };

    public static BenchmarkRecord? Read(MappingReader reader)
    {
        var id = reader.Id();
        var record = new BenchmarkRecord(id ?? "", reader.Path, reader.SpanOf("id"))
        {
            Section = reader.String("section", required: true) ?? "",
            SectionSpan = reader.SpanOf("section"),
            Name = reader.Text("name", required: true) ?? LocalizedText.Same(""),
            Url = reader.String("url"),
            Anchor = reader.String("anchor"),
            Description = reader.Text("description"),
            Developers = reader.References("developers"),
            Footnotes = FootnoteReader.Read(reader),
        };
        reader.ReportUnknownKeys();
        return reader.Failed || id is null ? null : record;
    }
}
