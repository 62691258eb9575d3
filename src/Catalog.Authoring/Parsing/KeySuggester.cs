using System;
using System.Collections.Generic;
using JapaneseLlm.Catalog.Lookup;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Finds the known key or id a misspelt one most likely meant, for "did you mean" hints. The distance and the
/// comparison form are the runtime look-ups' own (src/Catalog/Lookup/LookupText.cs, linked here), so that the
/// checker, <c>jllm</c> and the package suggest alike.
/// </summary>
public static class KeySuggester
{
    public static string? Suggest(string unknown, IEnumerable<string> known)
    {
        var lowered = unknown.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = LookupText.Distance(lowered, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(2, unknown.Length / 3);
        return bestDistance <= allowed ? best : null;
    }
}
