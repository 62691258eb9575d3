using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>
/// Lineage as the catalog orders it: every ancestor reachable from a model's bases, breadth first (nearest first),
/// each once by its key, a repeat (a cycle, which the analyzers report) ending its branch. The one walk behind
/// <c>Model.Lineage</c> (<see cref="BaseModelLink.Transitive"/>); jllm's exports read that property of the objects they build.
/// </summary>
internal static class Ancestry
{
    public static List<T> Of<T, TKey>(IEnumerable<T> bases, Func<T, TKey> key, Func<T, IEnumerable<T>> parents)
    {
        var result = new List<T>();
        var seen = new HashSet<TKey>();
        var queue = new Queue<T>(bases);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (!seen.Add(key(node)))
            {
                continue;
            }

            result.Add(node);
            foreach (var parent in parents(node))
            {
                queue.Enqueue(parent);
            }
        }

        return result;
    }
}
