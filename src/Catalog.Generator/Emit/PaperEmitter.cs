using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Model;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>Emits a file of papers: their <c>Papers</c> members and their factories.</summary>
internal static class PaperEmitter
{
    public static string Emit(RecordFileSpec<PaperSpec> file)
    {
        var writer = GeneratedFile.Begin(file.Records[0].Namespace);
        GeneratedFile.EachRecord(writer, "public static partial class Papers", file.Records, EmitMember);
        writer.Line();
        GeneratedFile.EachRecord(writer, "internal static partial class PaperTable", file.Records, EmitFactory);
        return GeneratedFile.End(writer);
    }

    private static void EmitMember(SourceWriter writer, PaperSpec spec)
    {
        var record = spec.Record;
        writer.Doc("summary", $"{PlainText.FromMarkdown(record.Name.Preferred(Language.En))}: \"{record.Title}\"{(record.Venue is null ? string.Empty : " (" + record.Venue + ")")}.");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Line($"public static global::JapaneseLlm.Catalog.Paper {spec.Identifier} => PaperTable.Get({CSharpText.Literal(spec.Index)});");
    }

    private static void EmitFactory(SourceWriter writer, PaperSpec spec)
    {
        var record = spec.Record;
        writer.Line($"private static global::JapaneseLlm.Catalog.Paper Create{spec.Identifier}() => new global::JapaneseLlm.Catalog.Paper(");
        writer.Indent();
        writer.Line($"id: {CSharpText.Literal(record.Id)},");
        writer.Line($"name: {CSharpText.Text(record.Name)},");
        writer.Line($"section: {CSharpText.Literal(record.Section)},");
        writer.Line($"published: {ModelEmitter.Date(record.Published)},");
        writer.Line($"venue: {CSharpText.Literal(record.Venue)},");
        writer.Line($"title: {CSharpText.Literal(record.Title)},");
        writer.Line($"url: {CSharpText.Literal(record.Url)});");
        writer.Unindent();
    }
}
