using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="BaseModel"/> is built from: set in an object initializer and passed to <see cref="BaseModel(BaseModelValues)"/>.</summary>
/// <remarks>
/// A shape that grows by members, not parameters (see <see cref="ModelValues"/>). Unset lists become empty lists;
/// <see cref="Id"/> and <see cref="Name"/> are required.
/// </remarks>
public sealed class BaseModelValues
{
    /// <inheritdoc cref="BaseModel.Id"/>
    public string? Id;

    /// <inheritdoc cref="BaseModel.Name"/>
    public LocalizedName? Name;

    /// <inheritdoc cref="BaseModel.Developer"/>
    public string? Developer;

    /// <inheritdoc cref="BaseModel.Licenses"/>
    public IReadOnlyList<License>? Licenses;

    /// <inheritdoc cref="BaseModel.Parameters"/>
    public IReadOnlyList<long>? Parameters;

    /// <inheritdoc cref="BaseModel.HuggingFaceIds"/>
    public IReadOnlyList<string>? HuggingFaceIds;

    /// <inheritdoc cref="BaseModel.Url"/>
    public string? Url;

    /// <inheritdoc cref="BaseModel.BaseModels"/>
    public IReadOnlyList<BaseModelLink>? BaseModels;
}
