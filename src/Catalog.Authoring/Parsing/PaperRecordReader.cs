namespace JapaneseLlm.Catalog.Authoring.Parsing;

using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

internal static class PaperRecordReader
{
    public static readonly string[] Keys = PaperSchema.Record.Keys;

    public static PaperRecord? Read(MappingReader reader)
    {
        var id = reader.Id();
        reader.Locate("section", reader.SpanOf("section"));
        var record = new PaperRecord(id ?? "", reader.Path)
        {
            Section = reader.String("section", required: true) ?? "",
            Name = reader.Text("name", required: true) ?? LocalizedText.Same(""),
            Published = reader.Date("published"),
            Venue = reader.String("venue"),
            Title = reader.String("title", required: true) ?? "",
            Url = reader.String("url"),
            Order = reader.Int("order"),
        };
        reader.ReportUnknownKeys();
        return id is null ? null : record with { IsIncomplete = reader.Failed };
    }
}
