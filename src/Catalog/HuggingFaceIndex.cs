using System;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace JapaneseLlm.Catalog;

/// <summary>
/// Case-insensitive look-up from Hugging Face repo id to (model, variant) positions, built on first use
/// from the generated id table alone: no model is constructed until one is found.
/// </summary>
internal sealed class HuggingFaceIndex
{
#if NET8_0_OR_GREATER
    private readonly FrozenDictionary<string, (int Model, int Variant)> index;
#else
    private readonly Dictionary<string, (int Model, int Variant)> index;
#endif

    public HuggingFaceIndex((string RepoId, int Model, int Variant)[] entries)
    {
        var built = new Dictionary<string, (int Model, int Variant)>(entries.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var (repoId, model, variant) in entries)
        {
            built[repoId] = (model, variant);
        }

#if NET8_0_OR_GREATER
        index = built.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
#else
        index = built;
#endif
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
