using System;
using System.Collections.Generic;
using System.Linq;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>
/// Where a source text names a model id as a whole word (case aside, as a name written <c>Sample-7B</c> is the same
/// knowledge): not inside a longer id, where the characters of ids ('.', '_', '+', '-', letters, digits) go on.
/// </summary>
internal static class ModelIdOccurrences
{
    public static IEnumerable<string> In(string text, IEnumerable<string> ids) =>
        ids.Where(id => Occurs(text, id)).OrderBy(id => id, StringComparer.Ordinal);

    private static bool Occurs(string text, string id)
    {
        for (var start = text.IndexOf(id, StringComparison.OrdinalIgnoreCase); start >= 0; start = text.IndexOf(id, start + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = start + id.Length;
            if ((start == 0 || !IsIdCharacter(text[start - 1])) && (end == text.Length || !ContinuesId(text, end)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the id goes on at <paramref name="index"/>; a '.' only does before a letter or digit (a sentence's full stop does not).</summary>
    private static bool ContinuesId(string text, int index) =>
        text[index] == '.' ? index + 1 < text.Length && char.IsAsciiLetterOrDigit(text[index + 1]) : IsIdCharacter(text[index]);

    private static bool IsIdCharacter(char character) => char.IsAsciiLetterOrDigit(character) || character is '.' or '_' or '+' or '-';
}
