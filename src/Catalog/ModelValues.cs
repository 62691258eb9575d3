using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>
/// What a <see cref="Model"/> is built from: the generated catalog sets these in an object initializer and passes
/// them to <see cref="Model(ModelValues)"/>; tests may do the same. Unlike a constructor's parameter list, this
/// shape only grows: a new field is a new member here, and code compiled before it existed leaves it at its
/// default, so an older generated catalog keeps binding to a newer library.
/// </summary>
/// <remarks>
/// <para>Unset lists become empty lists; <see cref="Id"/>, <see cref="Name"/> and <see cref="Section"/> are required.</para>
/// <para>
/// Fields, not properties, in every <c>…Values</c> class: each accessor is a method that the JIT compiles on first
/// use, and with properties the first look-up of a model compiled 135 methods instead of 54 and enumerating the
/// catalog took about a quarter longer (docs/performance.md). The generated code leaves out the members it would
/// set to their defaults, for the same reason.
/// </para>
/// </remarks>
public sealed class ModelValues
{
    /// <inheritdoc cref="Model.Id"/>
    public string? Id;

    /// <inheritdoc cref="Model.Name"/>
    public LocalizedName? Name;

    /// <inheritdoc cref="Model.Url"/>
    public string? Url;

    /// <inheritdoc cref="Model.Urls"/>
    public LocalizedText? Urls;

    /// <inheritdoc cref="Model.Category"/>
    public ModelCategory Category;

    /// <inheritdoc cref="Model.Section"/>
    public string? Section;

    /// <inheritdoc cref="Model.ReleaseYear"/>
    public int? Year;

    /// <inheritdoc cref="Model.Announced"/>
    public DateTime? Announced;

    /// <inheritdoc cref="Model.Withdrawn"/>
    public DateTime? Withdrawn;

    /// <inheritdoc cref="Model.WithdrawnReason"/>
    public string? WithdrawnReason;

    /// <inheritdoc cref="Model.Domain"/>
    public LocalizedText? Domain;

    /// <inheritdoc cref="Model.Architecture"/>
    public LocalizedText? Architecture;

    /// <inheritdoc cref="Model.BaseModel"/>
    public LocalizedText? BaseModel;

    /// <inheritdoc cref="Model.BaseModels"/>
    public IReadOnlyList<BaseModelLink>? BaseModels;

    /// <inheritdoc cref="Model.ContextLengths"/>
    public IReadOnlyList<ContextLength>? ContextLengths;

    /// <inheritdoc cref="Model.TrainingData"/>
    public LocalizedText? TrainingData;

    /// <inheritdoc cref="Model.Developers"/>
    public IReadOnlyList<Developer>? Developers;

    /// <inheritdoc cref="Model.Licenses"/>
    public IReadOnlyList<License>? Licenses;

    /// <inheritdoc cref="Model.Platform"/>
    public LocalizedText? Platform;

    /// <inheritdoc cref="Model.HuggingFaceSupport"/>
    public HuggingFaceSupport HuggingFaceSupport;

    /// <inheritdoc cref="Model.Variants"/>
    public IReadOnlyList<ModelVariant>? Variants;

    /// <inheritdoc cref="Model.Datasets"/>
    public IReadOnlyList<Dataset>? Datasets;

    /// <inheritdoc cref="Model.TrainingStages"/>
    public IReadOnlyList<TrainingStage>? TrainingStages;

    /// <inheritdoc cref="Model.Footnotes"/>
    public IReadOnlyList<FootnoteAttachment>? Footnotes;

    /// <inheritdoc cref="Model.Parameters"/>
    public long? Parameters;

    /// <inheritdoc cref="Model.ActiveParameters"/>
    public long? ActiveParameters;

    /// <inheritdoc cref="Model.Undisclosed"/>
    public IReadOnlyList<string>? Undisclosed;
}
