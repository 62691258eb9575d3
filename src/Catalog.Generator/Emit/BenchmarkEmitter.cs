using System.Linq;
using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Model;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>Emits one benchmark: its <c>Benchmarks</c> member and its factory.</summary>
internal static class BenchmarkEmitter
{
    public static string Emit(BenchmarkSpec spec)
    {
        var record = spec.Record;
        var writer = GeneratedFile.Begin(spec.Namespace);
        writer.OpenBlock("public static partial class Benchmarks");
        var developers = string.Join(", ", spec.Developers.Select(developer => PlainText.FromMarkdown(developer.DisplayName)));
        writer.Doc("summary", $"{PlainText.FromMarkdown(record.Name.Preferred(Language.En))}{(developers.Length > 0 ? ", by " + developers : string.Empty)}.");
        if (record.Description is { } description)
        {
            writer.Doc("remarks", PlainText.FromMarkdown(description.Preferred(Language.En)));
        }

        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Line($"public static global::JapaneseLlm.Catalog.Benchmark {spec.Identifier} => BenchmarkTable.Get({CSharpText.Literal(spec.Index)});");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("internal static partial class BenchmarkTable");
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
        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }
}
