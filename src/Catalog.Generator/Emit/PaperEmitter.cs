using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Model;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>Emits one paper: its <c>Papers</c> member and its factory.</summary>
internal static class PaperEmitter
{
    public static string Emit(PaperSpec spec)
    {
        var record = spec.Record;
        var writer = GeneratedFile.Begin(spec.Namespace);
        writer.OpenBlock("public static partial class Papers");
        writer.Doc("summary", $"{PlainText.FromMarkdown(record.Name.Preferred(Language.En))}: \"{record.Title}\"{(record.Venue is null ? string.Empty : " (" + record.Venue + ")")}.");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Line($"public static global::JapaneseLlm.Catalog.Paper {spec.Identifier} => PaperTable.Get({CSharpText.Literal(spec.Index)});");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("internal static partial class PaperTable");
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
        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }
}
