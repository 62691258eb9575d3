using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Generator.Specs;

internal sealed record ModelSpec(
    CodeTarget Target,
    int Index,
    string Identifier,
    ModelRecord Record,
    ModelCategory Category,
    EquatableArray<ReferenceSpec> Developers,
    EquatableArray<LicenseReferenceSpec> Licenses,
    EquatableArray<VariantSpec> Variants,
    EquatableArray<ReferenceSpec> Datasets,
    EquatableArray<FootnoteAttachmentSpec> Footnotes,
    bool HasOpenAiTermsCaveat,
    EquatableArray<TrainingStageSpec> TrainingStages)
{
    /// <summary>The model's bases, resolved to table entries.</summary>
    public EquatableArray<BaseLinkSpec> BaseModels { get; init; } = EquatableArray<BaseLinkSpec>.Empty;
}

/// <summary>
/// A base of a model: <paramref name="ModelIndex"/> in the model table when it is a compiled model, else
/// <paramref name="BaseModelIndex"/> in the base-model table with its name, else neither (-1).
/// </summary>
internal sealed record BaseLinkSpec(string Id, string Relation, int ModelIndex, int BaseModelIndex, string? BaseModelName);

/// <summary>A training stage, with its data sets resolved to registry members.</summary>
internal sealed record TrainingStageSpec(TrainingStage Record, EquatableArray<ReferenceSpec> Datasets);

/// <summary>A variant, with the name of its Hugging Face id constant when it has one.</summary>
internal sealed record VariantSpec(VariantRecord Record, string? ConstantName, EquatableArray<LicenseReferenceSpec> Licenses);

/// <summary>A license reference, with what docs and the consumer analyzer need to know of it.</summary>
internal sealed record LicenseReferenceSpec(ReferenceSpec License, CommercialUse CommercialUse);
