using System;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Query;

/// <summary>
/// The conditions of <c>jllm query</c>, one per method of the runtime's <c>ModelQuery</c> (src/Catalog/ModelQuery.cs),
/// with the same meaning; a condition left <see langword="null"/> does not filter. A test compares the two on the
/// committed catalog.
/// </summary>
internal sealed record ModelFilter
{
    /// <summary><c>InCategory</c>.</summary>
    public ModelCategory? Category { get; init; }

    /// <summary><c>InSection</c>: the section or one of its subsections.</summary>
    public string? Section { get; init; }

    /// <summary><c>ByDeveloper</c>.</summary>
    public string? Developer { get; init; }

    /// <summary><c>WithLicense</c>: for the family or a variant.</summary>
    public string? License { get; init; }

    /// <summary><c>WithCommercialUse</c>: the most restrictive terms are exactly these.</summary>
    public CommercialUse? CommercialUse { get; init; }

    /// <summary><c>CommerciallyUsable</c>: allowed, and no OpenAI-terms caveat.</summary>
    public bool CommerciallyUsable { get; init; }

    /// <summary><c>WithParameters(minimum, maximum)</c>, each bound inclusive.</summary>
    public long? MinimumParameters { get; init; }

    public long? MaximumParameters { get; init; }

    /// <summary><c>WithContextLength</c>: handles at least this many tokens.</summary>
    public int? ContextLength { get; init; }

    /// <summary><c>InYear</c>.</summary>
    public int? Year { get; init; }

    /// <summary><c>FromYear</c>.</summary>
    public int? FromYear { get; init; }

    /// <summary><c>WithArchitecture</c>: mentions it, case-insensitive, in any language.</summary>
    public string? Architecture { get; init; }

    /// <summary><c>WithBaseModel</c>: mentions it, case-insensitive, in any language.</summary>
    public string? BaseModel { get; init; }

    /// <summary><c>WithoutOpenAiTermsCaveat</c>.</summary>
    public bool WithoutOpenAiTermsCaveat { get; init; }

    /// <summary><c>TrainedOn</c>: a data-set id.</summary>
    public string? Dataset { get; init; }

    /// <summary><c>WithoutOutputTermsRisk</c>.</summary>
    public bool WithoutOutputTermsRisk { get; init; }

    /// <summary>A weight format as the YAML spells it (<c>gguf</c>); a variant without one is <c>full</c>.</summary>
    public string? WeightFormat { get; init; }

    /// <summary><c>DerivedFrom</c>: the id of a model or foreign base model among the model's ancestors.</summary>
    public string? DerivedFrom { get; init; }

    public bool Matches(ModelFacts model)
    {
        var record = model.Record;
        return (Category is null || model.Category == Category)
            && (Section is null || record.Section == Section || record.Section.StartsWith(Section + "/", StringComparison.Ordinal))
            && (Developer is null || record.Developers.Any(developer => developer.Id == Developer))
            && (License is null || model.Licenses.Any(license => license.Id == License))
            && (CommercialUse is null || model.CommercialUse == CommercialUse)
            && (!CommerciallyUsable || (model.CommercialUse == Authoring.Records.CommercialUse.Allowed && !model.HasOpenAiTermsCaveat))
            && (MinimumParameters is null && MaximumParameters is null || HasSizeWithin(model))
            && (ContextLength is null || model.MaxContextLength >= ContextLength)
            && (Year is null || record.Year == Year)
            && (FromYear is null || record.Year >= FromYear)
            && (Architecture is null || Mentions(record.Architecture, Architecture))
            && (BaseModel is null || Mentions(record.BaseModel, BaseModel))
            && (!WithoutOpenAiTermsCaveat || !model.HasOpenAiTermsCaveat)
            && (WeightFormat is null || record.Variants.Any(variant => (variant.Format ?? "full") == WeightFormat))
            && (DerivedFrom is null || model.Lineage.Any(ancestor => ancestor.Id == DerivedFrom))
            && (Dataset is null || record.Datasets.Any(dataset => dataset.Id == Dataset))
            && (!WithoutOutputTermsRisk || !model.HasOutputTermsRisk);
    }

    private bool HasSizeWithin(ModelFacts model)
    {
        var minimum = MinimumParameters ?? 0;
        var maximum = MaximumParameters ?? long.MaxValue;
        return model.Sizes().Any(count => count >= minimum && count <= maximum);
    }

    private static bool Mentions(LocalizedText? text, string value) =>
        text is not null && (Contains(text.Ja, value) || Contains(text.En, value) || Contains(text.Fr, value));

    private static bool Contains(string? text, string value) =>
        text is not null && text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0;
}
