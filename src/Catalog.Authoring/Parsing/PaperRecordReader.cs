namespace JapaneseLlm.Catalog.Authoring.Parsing;

using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

internal static class PaperRecordReader
{
    public static readonly string[] Keys = PaperSchema.Record.Keys;

    public static PaperRecord? Read(MappingReader reader)
    {
        var id = reader.Id();
        var record = new PaperRecord(id ?? "", reader.Path, reader.SpanOf("id"))
        {
            Section = reader.String("section", required: true) ?? "",
            SectionSpan = reader.SpanOf("section"),
            Name = reader.Text("name", required: true) ?? LocalizedText.Same(""),
            Published = reader.Date("published"),
            Venue = reader.String("venue"),
            Title = reader.String("title", required: true) ?? "",
            Url = reader.String("url"),
            Order = reader.Int("order"),
            Locations = reader.Locations(),
        };
        reader.ReportUnknownKeys();
        return id is null ? null : record with { IsIncomplete = reader.Failed };
    }
}
