using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>
/// What a <see cref="Model"/> is built from: the generated catalog sets these in an object initializer and passes
/// them to <see cref="Model(ModelValues)"/>; tests may do the same. Unlike a constructor's parameter list, this
/// shape only grows: a new field is a new property, and code compiled before it existed leaves it at its default,
/// so an older generated catalog keeps binding to a newer library.
/// </summary>
/// <remarks>Unset lists become empty lists; <see cref="Id"/>, <see cref="Name"/> and <see cref="Section"/> are required.</remarks>
public sealed class ModelValues
{
    /// <inheritdoc cref="Model.Id"/>
    public string? Id { get; set; }

    /// <inheritdoc cref="Model.Name"/>
    public LocalizedName? Name { get; set; }

    /// <inheritdoc cref="Model.Url"/>
    public string? Url { get; set; }

    /// <inheritdoc cref="Model.Category"/>
    public ModelCategory Category { get; set; }

    /// <inheritdoc cref="Model.Section"/>
    public string? Section { get; set; }

    /// <inheritdoc cref="Model.Year"/>
    public int Year { get; set; }

    /// <inheritdoc cref="Model.Announced"/>
    public DateTime? Announced { get; set; }

    /// <inheritdoc cref="Model.Domain"/>
    public LocalizedText? Domain { get; set; }

    /// <inheritdoc cref="Model.Architecture"/>
    public LocalizedText? Architecture { get; set; }

    /// <inheritdoc cref="Model.BaseModel"/>
    public LocalizedText? BaseModel { get; set; }

    /// <inheritdoc cref="Model.ContextLengths"/>
    public IReadOnlyList<ContextLength>? ContextLengths { get; set; }

    /// <inheritdoc cref="Model.TrainingData"/>
    public LocalizedText? TrainingData { get; set; }

    /// <inheritdoc cref="Model.Developers"/>
    public IReadOnlyList<Developer>? Developers { get; set; }

    /// <inheritdoc cref="Model.Licenses"/>
    public IReadOnlyList<License>? Licenses { get; set; }

    /// <inheritdoc cref="Model.Platform"/>
    public LocalizedText? Platform { get; set; }

    /// <inheritdoc cref="Model.HuggingFaceSupport"/>
    public HuggingFaceSupport HuggingFaceSupport { get; set; }

    /// <inheritdoc cref="Model.Variants"/>
    public IReadOnlyList<ModelVariant>? Variants { get; set; }

    /// <inheritdoc cref="Model.Datasets"/>
    public IReadOnlyList<Dataset>? Datasets { get; set; }

    /// <inheritdoc cref="Model.Footnotes"/>
    public IReadOnlyList<FootnoteAttachment>? Footnotes { get; set; }

    /// <inheritdoc cref="Model.Parameters"/>
    public long? Parameters { get; set; }

    /// <inheritdoc cref="Model.ActiveParameters"/>
    public long? ActiveParameters { get; set; }

    /// <inheritdoc cref="Model.Undisclosed"/>
    public IReadOnlyList<string>? Undisclosed { get; set; }
}
