using System;
using System.Collections.Generic;
using System.Text;

namespace JapaneseLlm.Catalog.Lookup;

/// <summary>
/// How a name typed by a person is compared with the catalog's ids and names, and how the nearest ones are found
/// when nothing matches. Shared by the runtime look-ups and <c>jllm</c> (linked source), so that both accept the
/// same spellings and suggest the same ids.
/// </summary>
internal static class LookupText
{
    /// <summary>
    /// The comparison form: trimmed, lower-cased (invariant), runs of white space as one space, and the dash
    /// characters the list uses typographically (non-breaking hyphen in "CC BY‑NC", en and em dashes, minus)
    /// as '-'. "SB Intuitions", "sb intuitions" and " SB  Intuitions " compare equal.
    /// </summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text.Trim())
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(IsDash(character) ? '-' : char.ToLowerInvariant(character));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The ids whose keys are nearest to <paramref name="text"/>: within an edit distance that grows with the
    /// text's length (as typed, or over letters and digits alone), or containing it, nearest first, then in id
    /// order; at most <paramref name="max"/>.
    /// </summary>
    /// <param name="text">What was typed.</param>
    /// <param name="keys">Each candidate id with the keys it answers to (its id, names, aliases).</param>
    /// <param name="max">How many ids at most.</param>
    public static IReadOnlyList<string> Nearest(string text, IEnumerable<KeyValuePair<string, IEnumerable<string>>> keys, int max)
    {
        var query = Normalize(text);
        if (query.Length == 0 || max <= 0)
        {
            return Array.Empty<string>();
        }

        var querySkeleton = Skeleton(query);
        var threshold = Math.Max(2, query.Length / 3);
        var scored = new List<(int Distance, string Id)>();
        foreach (var candidate in keys)
        {
            var best = int.MaxValue;
            foreach (var key in candidate.Value)
            {
                var normalized = Normalize(key);
                // Punctuation and spaces are what people most often leave out or add ("apache2", "sb intuitions").
                var distance = Math.Min(Distance(query, normalized), Distance(querySkeleton, Skeleton(normalized)));
                if (distance > threshold && query.Length >= 3 && normalized.IndexOf(query, StringComparison.Ordinal) >= 0)
                {
                    // A part of a longer name ("sarashina" for "sarashina2-7b") ranks after every near spelling.
                    distance = threshold + 1 + normalized.Length - query.Length;
                }
                else if (distance > threshold)
                {
                    continue;
                }

                best = Math.Min(best, distance);
            }

            if (best != int.MaxValue)
            {
                scored.Add((best, candidate.Key));
            }
        }

        scored.Sort((left, right) => left.Distance != right.Distance
            ? left.Distance.CompareTo(right.Distance)
            : string.CompareOrdinal(left.Id, right.Id));
        var result = new List<string>(Math.Min(max, scored.Count));
        foreach (var (_, id) in scored)
        {
            if (result.Count == max)
            {
                break;
            }

            if (!result.Contains(id))
            {
                result.Add(id);
            }
        }

        return result;
    }

    /// <summary>The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return Math.Max(left.Length, right.Length);
        }

        var before = new int[right.Length + 1];
        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var column = 0; column <= right.Length; column++)
        {
            previous[column] = column;
        }

        for (var row = 1; row <= left.Length; row++)
        {
            current[0] = row;
            for (var column = 1; column <= right.Length; column++)
            {
                var cost = left[row - 1] == right[column - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[column] + 1, current[column - 1] + 1), previous[column - 1] + cost);
                if (row > 1 && column > 1 && left[row - 1] == right[column - 2] && left[row - 2] == right[column - 1])
                {
                    value = Math.Min(value, before[column - 2] + 1);
                }

                current[column] = value;
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[right.Length];
    }

    private static string Skeleton(string normalized)
    {
        var builder = new StringBuilder(normalized.Length);
        foreach (var character in normalized)
        {
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    private static bool IsDash(char character) =>
        character is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D';
}
