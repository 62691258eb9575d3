using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>A model's base: a model of the catalog (<see cref="Model"/>) or a foreign one (<see cref="BaseModel"/>), and how the model derives from it.</summary>
public sealed class BaseModelLink
{
    private readonly Func<Model>? model;
    private readonly Func<BaseModel>? baseModel;

    /// <summary>Creates a link from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    /// <exception cref="ArgumentException">The id is missing.</exception>
    public BaseModelLink(BaseModelLinkValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Id = RequiredValue.Of(values.Id, nameof(BaseModelLinkValues.Id));
        Relation = values.Relation;
        model = values.Model;
        baseModel = values.BaseModel;
    }

    /// <summary>The base's id: a model's catalog id, or a foreign base model's registry id.</summary>
    public string Id { get; }

    /// <summary>How the model derives from the base.</summary>
    public BaseRelation Relation { get; }

    /// <summary>Whether the base is a model of the catalog (else a foreign base model).</summary>
    public bool IsCatalogModel => model is not null;

    /// <summary>The base, when it is a model of the catalog.</summary>
    public Model? Model => model?.Invoke();

    /// <summary>The base, when it is a foreign base model (Llama, Qwen, …).</summary>
    public BaseModel? BaseModel => baseModel?.Invoke();

    /// <summary>The base's name.</summary>
    public LocalizedName? Name => Model?.Name ?? BaseModel?.Name;

    /// <summary>The base's licenses: a catalog model's family licenses, or a foreign base's.</summary>
    public IReadOnlyList<License> Licenses => Model?.Licenses ?? BaseModel?.Licenses ?? Array.Empty<License>();

    /// <summary>The base's own bases.</summary>
    public IReadOnlyList<BaseModelLink> BaseModels => Model?.BaseModels ?? BaseModel?.BaseModels ?? Array.Empty<BaseModelLink>();

    /// <inheritdoc/>
    public override string ToString() => Name?.ToString() ?? Id;

    /// <summary>
    /// Every ancestor reachable from <paramref name="links"/>, nearest first, each once (a model and a foreign base
    /// of the same id are two ancestors); a cycle, which the analyzers report, ends where it repeats.
    /// </summary>
    internal static IReadOnlyList<BaseModelLink> Transitive(IReadOnlyList<BaseModelLink> links) =>
        Ancestry.Of(links, static link => (link.IsCatalogModel, link.Id), static link => link.BaseModels);
}
