using System;
using JapaneseLlm.Catalog.Model.Records;

namespace JapaneseLlm.Catalog.Cli.Charts;

/// <summary>One size of one model family, placed at its release: the announcement date where known, else mid-year.</summary>
internal sealed record TimelinePoint(string ModelId, string Name, ModelCategory Category, DateTime Released, bool DatedByYearOnly, long Parameters);
