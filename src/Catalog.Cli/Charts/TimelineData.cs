using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Export;
using JapaneseLlm.Catalog.Cli.Query;
using JapaneseLlm.Catalog.Model;

namespace JapaneseLlm.Catalog.Cli.Charts;

/// <summary>The points of the parameter-count timeline: every distinct size of every family whose size is known.</summary>
internal static class TimelineData
{
    public static IReadOnlyList<TimelinePoint> From(IEnumerable<ModelFacts> models) =>
        models
            .SelectMany(model =>
            {
                var (released, byYearOnly) = Released(model);
                var name = ExportVocabulary.Plain(model.Record.Name, Language.En);
                return model.Sizes().Distinct().Select(size => new TimelinePoint(model.Record.Id, name, model.Category, released, byYearOnly, size));
            })
            .OrderBy(point => point.Released)
            .ThenBy(point => point.ModelId, StringComparer.Ordinal)
            .ThenBy(point => point.Parameters)
            .ToList();

    /// <summary>The announcement date, else 1 July of the year, so that a year-only model sits in the middle of its year.</summary>
    private static (DateTime Released, bool ByYearOnly) Released(ModelFacts model) =>
        model.Record.Announced is { } announced
            ? (DateTime.ParseExact(announced, "yyyy-MM-dd", CultureInfo.InvariantCulture), false)
            : (new DateTime(model.Record.Year, 7, 1), true);
}
