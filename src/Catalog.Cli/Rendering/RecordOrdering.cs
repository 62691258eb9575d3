using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Rendering;

/// <summary>The list's ordering rules for a section's rows.</summary>
internal static class RecordOrdering
{
    public const string ParametersDescending = "parameters-desc";
    public const string YearDescending = "year-desc";
    public const string Published = "published";
    public const string CatalogOrder = "catalog";

    public static IReadOnlyList<ModelRecord> Models(IEnumerable<ModelRecord> models, SectionEntry section)
    {
        var inCatalogOrder = models.OrderBy(model => model.Order ?? int.MaxValue).ThenBy(model => model.Id, StringComparer.Ordinal).ToList();
        return section.Ordering switch
        {
            ParametersDescending => LargestFirst(inCatalogOrder),
            YearDescending => inCatalogOrder.OrderByDescending(model => model.Year).ToList(),
            _ => inCatalogOrder,
        };
    }

    public static IReadOnlyList<BenchmarkRecord> Benchmarks(IEnumerable<BenchmarkRecord> benchmarks) =>
        benchmarks.OrderBy(benchmark => benchmark.Order ?? int.MaxValue).ThenBy(benchmark => benchmark.Id, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<PaperRecord> Papers(IEnumerable<PaperRecord> papers) =>
        papers
            .OrderBy(paper => paper.Published ?? "9999", StringComparer.Ordinal)
            .ThenBy(paper => paper.Order ?? int.MaxValue)
            .ThenBy(paper => paper.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>The largest parameter count the record states, for the family or any variant, as the runtime's <c>Model.MaxParameters</c>.</summary>
    private static long? Size(ModelRecord model) => FamilyAndVariants.LargestSize(model.Parameters, model.Variants, static variant => variant.Parameters);

    /// <summary>
    /// Sorts the rows with a known size, largest first (stable), into the places those rows held; rows
    /// without a stated size keep their place, since nothing says where they would go.
    /// </summary>
    private static List<ModelRecord> LargestFirst(List<ModelRecord> models)
    {
        var sized = models.Where(model => Size(model) is not null).OrderByDescending(model => Size(model)!.Value).ToList();
        var result = new List<ModelRecord>(models.Count);
        var next = 0;
        foreach (var model in models)
        {
            result.Add(Size(model) is null ? model : sized[next++]);
        }

        return result;
    }
}
