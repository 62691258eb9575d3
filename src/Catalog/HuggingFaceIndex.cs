using System;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace JapaneseLlm.Catalog;

/// <summary>
/// Case-insensitive look-up from Hugging Face repo id to (model, variant) positions. Built once, on first
/// use, from the generated id table alone: no model is constructed until one is found.
/// </summary>
internal static class HuggingFaceIndex
{
#if NET8_0_OR_GREATER
    private static readonly FrozenDictionary<string, (int Model, int Variant)> Index = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
#else
    private static readonly Dictionary<string, (int Model, int Variant)> Index = Build();
#endif

    public static bool TryFind(string repoId, out int model, out int variant)
    {
        if (Index.TryGetValue(repoId, out var position))
        {
            (model, variant) = position;
            return true;
        }

        (model, variant) = (-1, -1);
        return false;
    }

    private static Dictionary<string, (int Model, int Variant)> Build()
    {
        var entries = HuggingFaceTable.Entries();
        var index = new Dictionary<string, (int Model, int Variant)>(entries.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var (repoId, model, variant) in entries)
        {
            index[repoId] = (model, variant);
        }

        return index;
    }
}
