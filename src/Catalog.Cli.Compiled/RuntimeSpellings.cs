using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Json;

namespace JapaneseLlm.Catalog.Cli.Compiled;

/// <summary>
/// A YAML spelling as the runtime's enum member: the member that the runtime's JSON contract spells so
/// (<see cref="CatalogJson.Spelling(Catalog.WeightFormat)"/>), so that the two directions cannot disagree.
/// </summary>
internal static class RuntimeSpellings
{
    private static readonly Catalog.WeightFormat[] WeightFormats = Enum.GetValues<Catalog.WeightFormat>();

    private static readonly BaseRelation[] BaseRelations = Enum.GetValues<BaseRelation>();

    private static readonly TrainingStageKind[] Stages = Enum.GetValues<TrainingStageKind>();

    private static readonly DerivativeTerms[] Terms = Enum.GetValues<DerivativeTerms>();

    /// <summary>
    /// The format of a variant: <c>full</c> where the YAML states none, or a spelling outside the closed set (which
    /// the reader reports and the generator does not compile either).
    /// </summary>
    public static Catalog.WeightFormat WeightFormat(string? spelling) =>
        WeightFormats.FirstOrDefault(format => CatalogJson.Spelling(format) == spelling);

    /// <summary>The relation of a base link: unspecified where the YAML states none.</summary>
    public static BaseRelation Relation(string spelling) =>
        BaseRelations.FirstOrDefault(relation => CatalogJson.Spelling(relation) == spelling);

    /// <summary>The kind of a training stage: unspecified for a spelling outside the closed set (which the reader reports).</summary>
    public static TrainingStageKind Stage(string spelling) =>
        Stages.FirstOrDefault(stage => CatalogJson.Spelling(stage) == spelling);

    /// <summary>What a license requires of derivatives: the terms spelled, each the flag the contract spells so.</summary>
    public static DerivativeTerms Derivatives(IEnumerable<string> spellings) =>
        spellings.Aggregate(DerivativeTerms.None, (terms, spelling) => terms | Terms.FirstOrDefault(term => CatalogJson.Spellings(term) is [var only] && only == spelling));
}
