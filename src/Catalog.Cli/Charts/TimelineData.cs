using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Compiled;
using JapaneseLlm.Catalog.Cli.Export;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.Charts;

/// <summary>The points of the parameter-count timeline: every distinct size of every family whose size is known.</summary>
internal static class TimelineData
{
    /// <summary>The points of the models with a year (a point needs one).</summary>
    public static IReadOnlyList<TimelinePoint> From(IEnumerable<CompiledModel> models) =>
        models
            .Where(model => model.Record.Year is not null)
            .SelectMany(model =>
            {
                var name = ExportVocabulary.OneLine(model.Record.Name, CatalogLanguage.English);
                var announced = model.Record.Announced is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
                return model.Sizes().Distinct().Select(size => new TimelinePoint(model.Record.Id, name, model.Category, model.Record.Year!.Value, announced, size));
            })
            .OrderBy(point => point.Year)
            .ThenBy(point => point.ModelId, StringComparer.Ordinal)
            .ThenBy(point => point.Parameters)
            .ToList();
}
