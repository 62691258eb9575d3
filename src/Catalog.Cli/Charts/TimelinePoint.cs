using System;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Charts;

/// <summary>One size of one model family, in the year of its release; <see cref="Announced"/> only where the catalog knows the day.</summary>
internal sealed record TimelinePoint(string ModelId, string Name, ModelCategory Category, int Year, DateOnly? Announced, long Parameters)
{
    public bool DatedByYearOnly => Announced is null;
}
