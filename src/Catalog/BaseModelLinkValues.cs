using System;

namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="BaseModelLink"/> is built from: set in an object initializer and passed to <see cref="BaseModelLink(BaseModelLinkValues)"/>.</summary>
/// <remarks>
/// The target comes as a function, so that models may name each other as bases in any order without one's
/// construction waiting on the other's. <see cref="Id"/> is required; a link with neither target names a record
/// that did not compile.
/// </remarks>
public sealed class BaseModelLinkValues
{
    /// <inheritdoc cref="BaseModelLink.Id"/>
    public string? Id;

    /// <inheritdoc cref="BaseModelLink.Relation"/>
    public BaseRelation Relation;

    /// <summary>The catalog's model, when the base is one.</summary>
    public Func<Model>? Model;

    /// <summary>The foreign base model, when the base is one.</summary>
    public Func<BaseModel>? BaseModel;
}
