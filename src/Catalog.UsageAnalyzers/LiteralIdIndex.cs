using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.UsageAnalyzers;

/// <summary>
/// The catalog's models by the literal ids their look-ups take: catalog ids (<c>FindModel</c>) from the usage
/// attribute's <c>Id</c> on <c>Models</c> members, Hugging Face repo ids (<c>FindByHuggingFaceId</c>,
/// <c>TryFindVariant</c>, case-insensitive as the Hub) from the <c>HuggingFaceIds</c> constants' values. Built on the
/// first look-up by a literal in a compilation, from every catalog it can see: the package's and the project's own.
/// </summary>
internal sealed class LiteralIdIndex
{
    private const string RuntimeNamespace = "JapaneseLlm.Catalog";
    private static readonly string[] CatalogTypes = { "JapaneseLlm.Catalog.LlmCatalog", "JapaneseLlm.Catalog.JapaneseLlmCatalog" };

    private readonly Compilation compilation;
    private readonly INamedTypeSymbol attributeType;
    private readonly Lazy<(Dictionary<string, AttributeData> Models, Dictionary<string, AttributeData> Repos)> index;

    public LiteralIdIndex(Compilation compilation, INamedTypeSymbol attributeType)
    {
        this.compilation = compilation;
        this.attributeType = attributeType;
        index = new Lazy<(Dictionary<string, AttributeData>, Dictionary<string, AttributeData>)>(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The usage of the model that <paramref name="method"/> looks up by <paramref name="id"/>, if it is a catalog look-up.</summary>
    public AttributeData? Find(IMethodSymbol method, string id)
    {
        if (method.ContainingType?.ContainingNamespace?.ToDisplayString() != RuntimeNamespace || Array.IndexOf(CatalogTypes, method.ContainingType.ToDisplayString()) < 0)
        {
            return null;
        }

        var byId = method.Name switch
        {
            "FindModel" => index.Value.Models,
            "FindByHuggingFaceId" or "TryFindVariant" => index.Value.Repos,
            _ => null,
        };
        return byId is not null && byId.TryGetValue(id, out var usage) ? usage : null;
    }

    private (Dictionary<string, AttributeData>, Dictionary<string, AttributeData>) Build()
    {
        var models = new Dictionary<string, AttributeData>(StringComparer.Ordinal);
        var repos = new Dictionary<string, AttributeData>(StringComparer.OrdinalIgnoreCase);
        var namespaces = new Stack<INamespaceSymbol>();
        namespaces.Push(compilation.GlobalNamespace);
        while (namespaces.Count > 0)
        {
            var current = namespaces.Pop();
            foreach (var nested in current.GetNamespaceMembers())
            {
                namespaces.Push(nested);
            }

            // The bundled catalog's classes sit in its namespace; a project catalog's are nested in GeneratedCatalog.
            foreach (var type in current.GetTypeMembers())
            {
                AddCatalogClasses(type, models, repos);
                foreach (var nested in type.GetTypeMembers())
                {
                    AddCatalogClasses(nested, models, repos);
                }
            }
        }

        return (models, repos);
    }

    private void AddCatalogClasses(INamedTypeSymbol type, Dictionary<string, AttributeData> models, Dictionary<string, AttributeData> repos)
    {
        if (type.Name == "Models")
        {
            AddModels(type, models);
        }
        else if (type.Name == "HuggingFaceIds")
        {
            foreach (var model in type.GetTypeMembers())
            {
                AddRepos(model, repos);
            }
        }
    }

    private void AddModels(INamedTypeSymbol type, Dictionary<string, AttributeData> models)
    {
        foreach (var member in type.GetMembers())
        {
            if (ModelUsageAnalyzer.UsageOf(member, attributeType) is { } usage && ModelUsageAnalyzer.NamedArgument(usage, "Id") is string id && !models.ContainsKey(id))
            {
                models.Add(id, usage);
            }
        }
    }

    private void AddRepos(INamedTypeSymbol model, Dictionary<string, AttributeData> repos)
    {
        foreach (var member in model.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: string repoId } && ModelUsageAnalyzer.UsageOf(member, attributeType) is { } usage && !repos.ContainsKey(repoId))
            {
                repos.Add(repoId, usage);
            }
        }
    }
}
