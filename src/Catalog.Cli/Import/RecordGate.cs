using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Yaml;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// The last step of an import: the files it would write go through the same parser and checker as <c>jllm check</c>,
/// and a record with an error is left out and reported at its row in the list, with the checker's message. So an
/// import never writes a record that check rejects, whatever shape of the list it read (a table without a year
/// column, say), and never makes a value up to get past the check.
/// </summary>
internal static class RecordGate
{
    public static CatalogContent Apply(CatalogContent catalog, IReadOnlyDictionary<(string Kind, string Id), (string Section, RowOrigin Origin)> rows, ImportReport report)
    {
        var (_, diagnostics) = CatalogLoader.Load(CatalogFileSet.From(catalog));
        var recordByPath = catalog.Models.Select(model => (Path: CatalogLayout.ModelPath(model.Section, model.Id), Entry: (CatalogEntry)model))
            .Concat(catalog.Benchmarks.Select(benchmark => (Path: CatalogLayout.BenchmarkPath(benchmark.Section, benchmark.Id), Entry: (CatalogEntry)benchmark)))
            .Concat(catalog.Papers.Select(paper => (Path: CatalogLayout.PaperPath(paper.Section, paper.Id), Entry: (CatalogEntry)paper)))
            .ToDictionary(pair => pair.Path, pair => pair.Entry, System.StringComparer.Ordinal);

        // Ids are unique within a kind only: a paper may share its id with a model.
        var rejected = new HashSet<(string Kind, string Id)>();
        foreach (var diagnostic in diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error))
        {
            if (recordByPath.TryGetValue(diagnostic.Path, out var entry) && rows.TryGetValue((entry.KindName, entry.Id), out var row))
            {
                if (rejected.Add((entry.KindName, entry.Id)))
                {
                    report.RowNotImported(row.Section, row.Origin.File, row.Origin.Line, $"{diagnostic.RuleId}: {diagnostic.Message}");
                }
            }
            else
            {
                report.Problem(diagnostic.Path, diagnostic.Span.Line, $"{diagnostic.RuleId}: {diagnostic.Message}");
            }
        }

        if (rejected.Count == 0)
        {
            return catalog;
        }

        return new CatalogContent(
            catalog.Sections,
            catalog.Models.Where(model => !rejected.Contains((model.KindName, model.Id))).ToList(),
            catalog.Benchmarks.Where(benchmark => !rejected.Contains((benchmark.KindName, benchmark.Id))).ToList(),
            catalog.Papers.Where(paper => !rejected.Contains((paper.KindName, paper.Id))).ToList(),
            catalog.Developers,
            catalog.Licenses,
            catalog.Datasets,
            catalog.Footnotes)
        {
            BaseModels = catalog.BaseModels,
            Vocabulary = catalog.Vocabulary,
        };
    }
}
