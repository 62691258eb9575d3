using System.Collections.Generic;
using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>
/// Emits the index tables: for each kind, which factory builds entry <c>i</c> and the ids in order; and the
/// Hugging Face id table. Records are built on first access, one at a time, never all in a static constructor.
/// </summary>
internal static class TableEmitter
{
    /// <summary>How many Hugging Face positions share a line of the generated array.</summary>
    private const int PositionsPerLine = 16;

    public static IEnumerable<(string HintName, string Source)> Emit(TableSpec spec)
    {
        yield return ("ModelTable.g.cs", EmitTable(spec.Target, "ModelTable", "__C.Model", spec.Models));
        yield return ("BenchmarkTable.g.cs", EmitTable(spec.Target, "BenchmarkTable", "__C.Benchmark", spec.Benchmarks));
        yield return ("PaperTable.g.cs", EmitTable(spec.Target, "PaperTable", "__C.Paper", spec.Papers));
        yield return ("HuggingFaceTable.g.cs", EmitHuggingFaceTable(spec.Target, spec.HuggingFaceIds));
        yield return ("CatalogData.g.cs", CatalogDataEmitter.Emit(spec.Target));
    }

    private static string EmitTable(CodeTarget target, string className, string type, EquatableArray<TableEntry> entries)
    {
        var writer = GeneratedFile.Begin(target, 1024 + (80 * entries.Count));
        WriteTable(writer, className, type, entries);
        return GeneratedFile.End(writer);
    }

    public static void WriteTable(SourceWriter writer, string className, string type, IReadOnlyList<TableEntry> entries)
    {
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock("internal static partial class " + className);
        writer.StartLine().Append("internal static readonly __C.RecordTable<").Append(type).Append("> Table = new __C.RecordTable<").Append(type).Append(">(")
            .Integer(entries.Count).EndLine(", Ids, Create);");
        writer.Line();
        writer.StartLine().Append("internal static ").Append(type).EndLine(" Get(int index) => Table.Get(index);");
        writer.Line();
        writer.OpenBlock("private static string[] Ids() => new string[]");
        foreach (var entry in entries)
        {
            writer.StartLine().Literal(entry.Id).EndLine(",");
        }

        writer.CloseBlock(";");
        writer.Line();
        // A switch statement, not a switch expression: generated code compiles at C# 7.3 too.
        writer.OpenBlock("private static " + type + " Create(int index)");
        writer.OpenBlock("switch (index)");
        for (var index = 0; index < entries.Count; index++)
        {
            writer.StartLine().Append("case ").Integer(index).Append(": return Create").Append(entries[index].Identifier).EndLine("();");
        }

        writer.Line("default: throw new __S.ArgumentOutOfRangeException(nameof(index));");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>
    /// The Hugging Face table as data, not code: one string constant and one int array (emitted as a blob), so
    /// that a cold first look-up JIT-compiles no method with hundreds of statements.
    /// </summary>
    private static string EmitHuggingFaceTable(CodeTarget target, EquatableArray<HuggingFaceEntry> entries)
    {
        var writer = GeneratedFile.Begin(target, 1024 + (64 * entries.Count));
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock("internal static partial class HuggingFaceTable");
        writer.Line("/// <summary>Every Hugging Face repo id in the catalog, joined by line feeds, in the order of <see cref=\"Positions\"/>.</summary>");
        writer.StartLine().Append("internal const string RepoIds = \"");
        for (var index = 0; index < entries.Count; index++)
        {
            writer.Append(index > 0 ? "\\n" : string.Empty).LiteralContent(entries[index].RepoId);
        }

        writer.EndLine("\";");
        writer.Line();
        writer.Line("/// <summary>For each repo id, its model's table index times 65,536 plus its variant's index.</summary>");
        writer.OpenBlock("internal static int[] Positions() => new int[]");
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            var startsLine = index % PositionsPerLine == 0;
            var endsLine = index % PositionsPerLine == PositionsPerLine - 1 || index == entries.Count - 1;
            (startsLine ? writer.StartLine() : writer.Append(' ')).Integer((entry.ModelIndex << 16) | entry.VariantIndex).Append(',');
            if (endsLine)
            {
                writer.EndLine();
            }
        }

        writer.CloseBlock(";");
        writer.CloseBlock();
        return GeneratedFile.End(writer);
    }
}
