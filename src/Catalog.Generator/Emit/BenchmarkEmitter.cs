using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>Emits a file of benchmarks: their <c>Benchmarks</c> members and their factories.</summary>
internal static class BenchmarkEmitter
{
    public static string Emit(RecordFileSpec<BenchmarkSpec> file)
    {
        var writer = GeneratedFile.Begin(file.Records[0].Target, 1024 + (1500 * file.Records.Count));
        GeneratedFile.EachRecord(writer, "public static partial class Benchmarks", file.Records, EmitMember);
        writer.Line();
        GeneratedFile.EachRecord(writer, "internal static partial class BenchmarkTable", file.Records, EmitFactory);
        return GeneratedFile.End(writer);
    }

    private static void EmitMember(SourceWriter writer, BenchmarkSpec spec)
    {
        var record = spec.Record;
        var summary = writer.DocText().Append(PlainText.FromMarkdown(record.Name.Get(CatalogLanguage.English)));
        writer.Doc("summary", ModelEmitter.AppendDevelopers(summary, spec.Developers).Append('.'));
        if (record.Description is { } description)
        {
            writer.Doc("remarks", PlainText.FromMarkdown(description.Get(CatalogLanguage.English)));
        }

        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.StartLine().Append("public static __C.Benchmark ").Append(spec.Identifier).Append(" => ").TableEntry("BenchmarkTable", spec.Index).EndLine(";");
    }

    private static void EmitFactory(SourceWriter writer, BenchmarkSpec spec)
    {
        var record = spec.Record;
        writer.OpenFactory("Benchmark", spec.Identifier);
        writer.Member("Id").Literal(record.Id).EndLine(",");
        writer.Member("Name").Name(record.Name).EndLine(",");
        writer.Optional("Url", record.Url);
        writer.OptionalLinks("Urls", record.LocalizedUrl);
        writer.Member("Section").Literal(record.Section).EndLine(",");
        writer.Optional("Anchor", record.Anchor);
        writer.Optional("Description", record.Description);
        writer.Optional("Developers", spec.Developers, CatalogValues.Developers);
        writer.Optional("Footnotes", spec.Footnotes, CatalogValues.Footnotes);
        writer.CloseInitializer();
    }
}
