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
        var summary = writer.DocText().Append(PlainText.FromMarkdown(record.Name.Preferred(Language.En))).Append(": \"").Append(record.Title).Append('"');
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
        writer.StartLine().Append("private static __C.Paper Create").Append(spec.Identifier).EndLine("() => new __C.Paper(");
        writer.Indent();
        writer.Argument("id").Literal(record.Id).EndLine(",");
        writer.Argument("name").Name(record.Name).EndLine(",");
        writer.Argument("section").Literal(record.Section).EndLine(",");
        writer.Argument("published").Date(record.Published).EndLine(",");
        writer.Argument("venue").PlainLiteral(record.Venue).EndLine(",");
        writer.Argument("title").PlainLiteral(record.Title).EndLine(",");
        writer.Argument("url").Literal(record.Url).EndLine(");");
        writer.Unindent();
    }
}
