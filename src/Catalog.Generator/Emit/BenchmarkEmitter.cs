using System.Linq;
using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Model;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>Emits a file of benchmarks: their <c>Benchmarks</c> members and their factories.</summary>
internal static class BenchmarkEmitter
{
    public static string Emit(RecordFileSpec<BenchmarkSpec> file)
    {
        var writer = GeneratedFile.Begin(file.Records[0].Namespace);
        GeneratedFile.EachRecord(writer, "public static partial class Benchmarks", file.Records, EmitMember);
        writer.Line();
        GeneratedFile.EachRecord(writer, "internal static partial class BenchmarkTable", file.Records, EmitFactory);
        return GeneratedFile.End(writer);
    }

    private static void EmitMember(SourceWriter writer, BenchmarkSpec spec)
    {
        var record = spec.Record;
        var developers = string.Join(", ", spec.Developers.Select(developer => PlainText.FromMarkdown(developer.DisplayName)));
        writer.Doc("summary", $"{PlainText.FromMarkdown(record.Name.Preferred(Language.En))}{(developers.Length > 0 ? ", by " + developers : string.Empty)}.");
        if (record.Description is { } description)
        {
            writer.Doc("remarks", PlainText.FromMarkdown(description.Preferred(Language.En)));
        }

        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Line($"public static global::JapaneseLlm.Catalog.Benchmark {spec.Identifier} => BenchmarkTable.Get({CSharpText.Literal(spec.Index)});");
    }

    private static void EmitFactory(SourceWriter writer, BenchmarkSpec spec)
    {
        var record = spec.Record;
        writer.Line($"private static global::JapaneseLlm.Catalog.Benchmark Create{spec.Identifier}() => new global::JapaneseLlm.Catalog.Benchmark(");
        writer.Indent();
        writer.Line($"id: {CSharpText.Literal(record.Id)},");
        writer.Line($"name: {CSharpText.Text(record.Name)},");
        writer.Line($"url: {CSharpText.Literal(record.Url)},");
        writer.Line($"section: {CSharpText.Literal(record.Section)},");
        writer.Line($"anchor: {CSharpText.Literal(record.Anchor)},");
        writer.Line($"description: {CSharpText.Text(record.Description)},");
        writer.Line($"developers: {ModelEmitter.References("Developer", "DeveloperTable", spec.Developers)},");
        writer.Line($"footnotes: {ModelEmitter.Footnotes(spec.Footnotes)});");
        writer.Unindent();
    }
}
