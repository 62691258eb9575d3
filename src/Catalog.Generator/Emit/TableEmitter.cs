using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Model;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>
/// Emits the index tables: for each kind, which factory builds entry <c>i</c> and the ids in order; and the
/// Hugging Face id table. Records are built on first access, one at a time, never all in a static constructor.
/// </summary>
internal static class TableEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(TableSpec spec)
    {
        yield return ("ModelTable.g.cs", EmitTable(spec.Namespace, "ModelTable", "Model", spec.Models));
        yield return ("BenchmarkTable.g.cs", EmitTable(spec.Namespace, "BenchmarkTable", "Benchmark", spec.Benchmarks));
        yield return ("PaperTable.g.cs", EmitTable(spec.Namespace, "PaperTable", "Paper", spec.Papers));
        yield return ("HuggingFaceTable.g.cs", EmitHuggingFaceTable(spec.Namespace, spec.HuggingFaceIds));
        yield return ("CatalogData.g.cs", CatalogDataEmitter.Emit(spec.Namespace, spec.IsBundledCatalog));
    }

    public static string EmitTable(string ns, string className, string typeName, IEnumerable<TableEntry> entries)
    {
        var writer = GeneratedFile.Begin(ns);
        WriteTable(writer, className, typeName, entries.ToList());
        return GeneratedFile.End(writer);
    }

    public static void WriteTable(SourceWriter writer, string className, string typeName, IReadOnlyList<TableEntry> entries)
    {
        var type = $"global::JapaneseLlm.Catalog.{typeName}";
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock($"internal static partial class {className}");
        writer.Line($"internal static readonly global::JapaneseLlm.Catalog.RecordTable<{type}> Table = new global::JapaneseLlm.Catalog.RecordTable<{type}>({CSharpText.Literal(entries.Count)}, Ids, Create);");
        writer.Line();
        writer.Line($"internal static {type} Get(int index) => Table.Get(index);");
        writer.Line();
        writer.OpenBlock("private static string[] Ids() => new string[]");
        foreach (var entry in entries)
        {
            writer.Line($"{CSharpText.Literal(entry.Id)},");
        }

        writer.CloseBlock(";");
        writer.Line();
        writer.OpenBlock($"private static {type} Create(int index) => index switch");
        for (var index = 0; index < entries.Count; index++)
        {
            writer.Line($"{CSharpText.Literal(index)} => Create{entries[index].Identifier}(),");
        }

        writer.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        writer.CloseBlock(";");
        writer.CloseBlock();
    }

    /// <summary>
    /// The Hugging Face table as data, not code: one string constant and one int array (emitted as a blob), so
    /// that a cold first look-up JIT-compiles no method with hundreds of statements.
    /// </summary>
    private static string EmitHuggingFaceTable(string ns, EquatableArray<HuggingFaceEntry> entries)
    {
        var writer = GeneratedFile.Begin(ns);
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock("internal static partial class HuggingFaceTable");
        writer.Line("/// <summary>Every Hugging Face repo id in the catalog, joined by line feeds, in the order of <see cref=\"Positions\"/>.</summary>");
        writer.Line($"internal const string RepoIds = {CSharpText.Literal(string.Join("\n", entries.Select(entry => entry.RepoId)))};");
        writer.Line();
        writer.Line("/// <summary>For each repo id, its model's table index times 65,536 plus its variant's index.</summary>");
        writer.OpenBlock("internal static int[] Positions() => new int[]");
        foreach (var entry in entries)
        {
            writer.Line($"{CSharpText.Literal((entry.ModelIndex << 16) | entry.VariantIndex)},");
        }

        writer.CloseBlock(";");
        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }
}
