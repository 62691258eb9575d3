using JapaneseLlm.Catalog.Generator.Specs;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>
/// Emits the class docs of the generated classes and <c>CatalogData</c>, which assembles the tables into an
/// <c>LlmCatalog</c>. A project compiling its own catalog also gets <c>GeneratedCatalog.Instance</c>; the
/// bundled catalog is exposed by the hand-written <c>JapaneseLlmCatalog</c> instead.
/// </summary>
internal static class CatalogDataEmitter
{
    public static string Emit(CodeTarget target)
    {
        var writer = GeneratedFile.Begin(target, 4096, "This project's catalog, compiled from its YAML files: its records as typed members (Models, Licenses, …) and Instance for look-ups and queries.");
        ClassDoc(writer, "Models", "Every model of the catalog as a typed member. Hover a member for its developer, year, sizes, license and caveats.");
        ClassDoc(writer, "HuggingFaceIds", "The Hugging Face repo ids of each model's variants, as constants usable in attributes and switch cases.");
        ClassDoc(writer, "Benchmarks", "Every evaluation benchmark and data set of the catalog.");
        ClassDoc(writer, "Papers", "The original papers of the architectures and training methods the catalog's models use.");
        ClassDoc(writer, "Developers", "The developers registry: organisations and individuals, with canonical names in Japanese, English and French.");
        ClassDoc(writer, "Licenses", "The licenses registry, with SPDX ids and commercial-use terms.");
        ClassDoc(writer, "Datasets", "The training data sets the catalog's records refer to.");
        ClassDoc(writer, "Footnotes", "The footnotes the list attaches to fields of its rows.");
        ClassDoc(writer, "BaseModels", "The foreign base models the catalog's models derive from (Llama, Qwen, Mistral, …), with their developers, licenses, sizes and Hugging Face ids.");
        ClassDoc(writer, "Sections", "The ids of the list's sections, as used by Model.Section, Benchmark.Section and Paper.Section.");

        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock("internal static class CatalogData");
        writer.StartLine().Append("internal static readonly __C.LlmCatalog Instance = ").NewRecord("LlmCatalog").EndLine();
        writer.OpenInitializer();
        foreach (var (member, table) in Tables)
        {
            writer.Member(member).Append(table).EndLine(",");
        }

        writer.CloseInitializer();
        writer.CloseBlock();
        if (!target.IsBundledCatalog)
        {
            writer.Line();
            writer.Doc("summary", "The catalog as an instance: every record, look-ups by id and by Hugging Face repo id, and queries.");
            writer.Line("public static __C.LlmCatalog Instance => CatalogData.Instance;");
        }

        return GeneratedFile.End(writer);
    }

    private static readonly (string Member, string Table)[] Tables =
    [
        ("Models", "ModelTable.Table"),
        ("Benchmarks", "BenchmarkTable.Table"),
        ("Papers", "PaperTable.Table"),
        ("Developers", "DeveloperTable.Table"),
        ("Licenses", "LicenseTable.Table"),
        ("Datasets", "DatasetTable.Table"),
        ("Footnotes", "FootnoteTable.Table"),
        ("BaseModels", "BaseModelTable.Table"),
        ("HuggingFaceRepoIds", "HuggingFaceTable.RepoIds"),
        ("HuggingFacePositions", "HuggingFaceTable.Positions"),
    ];

    private static void ClassDoc(SourceWriter writer, string className, string summary)
    {
        writer.Doc("summary", summary);
        writer.Line("public static partial class " + className);
        writer.Line("{");
        writer.Line("}");
        writer.Line();
    }
}
