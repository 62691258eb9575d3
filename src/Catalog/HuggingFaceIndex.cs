using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>
/// Case-insensitive look-up from Hugging Face repo id to (model, variant) positions, built on first use
/// from the generated table alone: no model is constructed until one is found. Built to be cheap on a cold
/// start, which a CLI or a serverless function pays on every run (docs/performance.md): the table arrives as
/// one string and an int array, and the dictionary is <c>Dictionary&lt;string, int&gt;</c>, whose code the
/// runtime ships precompiled, rather than a frozen or value-tuple dictionary that must be JIT-compiled first.
/// </summary>
internal sealed class HuggingFaceIndex
{
    private readonly Dictionary<string, int> index;

    /// <param name="repoIds">The repo ids, joined by line feeds.</param>
    /// <param name="positions">For each repo id, its model's table index times 65,536 plus its variant's index.</param>
    public HuggingFaceIndex(string repoIds, int[] positions)
    {
        index = new Dictionary<string, int>(positions.Length, StringComparer.OrdinalIgnoreCase);
        var start = 0;
        for (var entry = 0; entry < positions.Length; entry++)
        {
            var end = repoIds.IndexOf('\n', start);
            var length = (end < 0 ? repoIds.Length : end) - start;
            index[repoIds.Substring(start, length)] = positions[entry];
            start += length + 1;
        }
    }

    public bool TryFind(string repoId, out int model, out int variant)
    {
        if (index.TryGetValue(repoId, out var position))
        {
            model = (int)((uint)position >> 16);
            variant = position & 0xFFFF;
            return true;
        }

        (model, variant) = (-1, -1);
        return false;
    }
}
