using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>Emits a file of papers: their <c>Papers</c> members and their factories.</summary>
internal static class PaperEmitter
{
    public static string Emit(RecordFileSpec<PaperSpec> file)
    {
        var writer = GeneratedFile.Begin(file.Records[0].Target, 1024 + (1000 * file.Records.Count));
        GeneratedFile.EachRecord(writer, "public static partial class Papers", file.Records, EmitMember);
        writer.Line();
        GeneratedFile.EachRecord(writer, "internal static partial class PaperTable", file.Records, EmitFactory);
        return GeneratedFile.End(writer);
    }

    private static void EmitMember(SourceWriter writer, PaperSpec spec)
    {
        var record = spec.Record;
        var summary = writer.DocText().Append(PlainText.FromMarkdown(record.Name.Get(CatalogLanguage.English))).Append(": \"").Append(record.Title).Append('"');
        if (record.Venue is not null)
        {
            summary.Append(" (").Append(record.Venue).Append(')');
        }

        writer.Doc("summary", summary.Append('.'));
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.StartLine().Append("public static __C.Paper ").Append(spec.Identifier).Append(" => ").TableEntry("PaperTable", spec.Index).EndLine(";");
    }

    private static void EmitFactory(SourceWriter writer, PaperSpec spec)
    {
        var record = spec.Record;
        writer.OpenFactory("Paper", spec.Identifier);
        writer.Member("Id").Literal(record.Id).EndLine(",");
        writer.Member("Name").Name(record.Name).EndLine(",");
        writer.Member("Section").Literal(record.Section).EndLine(",");
        writer.OptionalDate("Published", record.Published);
        writer.OptionalText("Venue", record.Venue);
        writer.Member("Title").PlainLiteral(record.Title).EndLine(",");
        writer.Optional("Url", record.Url);
        writer.CloseInitializer();
    }
}
