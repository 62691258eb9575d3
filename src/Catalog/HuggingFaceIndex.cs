using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>
/// Case-insensitive look-up from Hugging Face repo id to (model, variant) positions, built on first use
/// from the generated id table alone: no model is constructed until one is found. A plain dictionary on
/// purpose: a frozen one looks up a few nanoseconds faster but costs ~20 ms of first-use JIT, which a CLI
/// or a serverless function pays on every cold start (docs/performance.md).
/// </summary>
internal sealed class HuggingFaceIndex
{
    private readonly Dictionary<string, (int Model, int Variant)> index;

    public HuggingFaceIndex((string RepoId, int Model, int Variant)[] entries)
    {
        index = new Dictionary<string, (int Model, int Variant)>(entries.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var (repoId, model, variant) in entries)
        {
            index[repoId] = (model, variant);
        }
    }

    public bool TryFind(string repoId, out int model, out int variant)
    {
        if (index.TryGetValue(repoId, out var position))
        {
            (model, variant) = position;
            return true;
        }

        (model, variant) = (-1, -1);
        return false;
    }
}
