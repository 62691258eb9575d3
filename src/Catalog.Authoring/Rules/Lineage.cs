using System;
using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// The base models a record or a foreign base names, as the rules follow them. An id names a model record when one
/// has it, else a foreign base model (registries/base-models.yaml), as the generator resolves it.
/// </summary>
internal static class Lineage
{
    /// <summary>The ids the model or foreign base <paramref name="id"/> derives from directly; none for an unknown id.</summary>
    public static IEnumerable<string> BasesOf(string id, CatalogRuleContext context)
    {
        if (context.ModelsById.TryGetValue(id, out var model))
        {
            foreach (var link in model.BaseModels)
            {
                yield return link.Model;
            }
        }
        else if (context.BaseModelsById.TryGetValue(id, out var foreign))
        {
            foreach (var reference in foreign.BaseModels)
            {
                yield return reference.Id;
            }
        }
    }

    /// <summary>
    /// The shortest chain of ids from <paramref name="from"/> back to <paramref name="target"/> through bases, both
    /// ends included, or null when <paramref name="target"/> is not an ancestor of <paramref name="from"/>.
    /// </summary>
    public static List<string>? PathTo(string from, string target, CatalogRuleContext context)
    {
        var cameFrom = new Dictionary<string, string?>(StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var parent in BasesOf(current, context))
            {
                if (parent == target)
                {
                    var chain = new List<string> { target };
                    for (string? step = current; step is not null; step = cameFrom[step])
                    {
                        chain.Insert(0, step);
                    }

                    return chain;
                }

                if (!cameFrom.ContainsKey(parent))
                {
                    cameFrom.Add(parent, current);
                    queue.Enqueue(parent);
                }
            }
        }

        return null;
    }

    /// <summary>The licenses of a base: a model record's family licenses, or a foreign base's, else those of the nearest foreign bases it derives from that state some.</summary>
    public static IReadOnlyList<string> LicensesOf(string id, CatalogRuleContext context)
    {
        if (context.ModelsById.TryGetValue(id, out var model))
        {
            return Ids(model.Licenses);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = id; seen.Add(current) && context.BaseModelsById.TryGetValue(current, out var foreign);)
        {
            if (!foreign.Licenses.IsEmpty)
            {
                return Ids(foreign.Licenses);
            }

            if (foreign.BaseModels.Count != 1)
            {
                break;
            }

            current = foreign.BaseModels[0].Id;
        }

        return Array.Empty<string>();
    }

    private static List<string> Ids(EquatableArray<EntryReference> references)
    {
        var ids = new List<string>(references.Count);
        foreach (var reference in references)
        {
            ids.Add(reference.Id);
        }

        return ids;
    }
}
