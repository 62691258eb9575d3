using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Model.Parsing;

/// <summary>Finds the known key a misspelt one most likely meant, for "did you mean" hints.</summary>
public static class KeySuggester
{
    public static string? Suggest(string unknown, IEnumerable<string> known)
    {
        var lowered = unknown.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(lowered, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(2, unknown.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    private static int Distance(string left, string right)
    {
        // Levenshtein over two rows: keys are short, so this stays cheap.
        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Length];
    }
}
