using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Catalog;

namespace JapaneseLlm.Catalog.Cli.Query;

/// <summary>A base as the runtime resolves it: <c>model</c> when a model of that id compiles, else <c>base-model</c> when the registry has it, else neither.</summary>
internal sealed record LineageLink(string Id, string? Kind, string? Relation);

/// <summary>
/// The records' lineage as the runtime computes it from compiled objects (<c>Model.BaseModels</c>, <c>Model.Lineage</c>):
/// each base resolved as the generator resolves it, ancestors walked by the same <see cref="Ancestry"/>, so that
/// <c>jllm query --derived-from</c> and the export agree with <c>ModelQuery.DerivedFrom</c> and <c>CatalogJson</c>.
/// </summary>
internal sealed class CatalogLineage
{
    public const string ModelKind = "model";
    public const string BaseModelKind = "base-model";

    private readonly Dictionary<string, ModelRecord> models;
    private readonly Dictionary<string, BaseModelEntry> baseModels;

    public CatalogLineage(CatalogContent catalog)
    {
        models = catalog.Models.GroupBy(model => model.Id).ToDictionary(group => group.Key, group => group.First(), System.StringComparer.Ordinal);
        baseModels = catalog.BaseModels.GroupBy(entry => entry.Id).ToDictionary(group => group.Key, group => group.First(), System.StringComparer.Ordinal);
    }

    /// <summary>The model's direct bases.</summary>
    public IReadOnlyList<LineageLink> BasesOf(ModelRecord model) =>
        model.BaseModels.Select(link => Link(link.Model, link.Relation.Length == 0 ? null : link.Relation)).ToList();

    /// <summary>Every ancestor, nearest first, each once.</summary>
    public IReadOnlyList<LineageLink> LineageOf(ModelRecord model) =>
        Ancestry.Of(BasesOf(model), static link => (link.Kind == ModelKind, link.Id), Parents);

    private IEnumerable<LineageLink> Parents(LineageLink link) => link.Kind switch
    {
        ModelKind => BasesOf(models[link.Id]),
        BaseModelKind => baseModels[link.Id].BaseModels.Select(reference => Link(reference.Id, null)),
        _ => Enumerable.Empty<LineageLink>(),
    };

    private LineageLink Link(string id, string? relation) =>
        new(id, models.ContainsKey(id) ? ModelKind : baseModels.ContainsKey(id) ? BaseModelKind : null, relation);
}
