using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>A cell the catalog renders differently from the list on purpose: the corrected text (none: render the structure) and why.</summary>
internal sealed record ListCorrection(string? Text, string Reason);

/// <summary>
/// Where a cell breaks one of the list's own rules in a way the catalog can correct without guessing, the
/// import corrects it instead of keeping the cell as written, and the import report notes each one. The
/// catalog's content rules (JLLM0206, JLLM0207, JLLM0209) would otherwise report these rows.
/// </summary>
internal sealed class ListCorrections
{
    private readonly ListWords words;

    /// <summary>Corrections in the list's own words, as the catalog's vocabulary registry spells them.</summary>
    public ListCorrections(ListWords words) => this.words = words;

    /// <summary>Whether a prose cell says "undisclosed" in every language: the list's Japanese word, and any of its spellings in the others.</summary>
    public bool IsUndisclosed(PerLanguage<string> cell) =>
        cell.Ja.Trim() == words.Text(ListWords.Undisclosed).Japanese
        && words.Matches(ListWords.Undisclosed, cell.En) && words.Matches(ListWords.Undisclosed, cell.Fr);

    public ListCorrection? Find(string field, CatalogLanguage language, string written, string japaneseCell, IReadOnlyCollection<string> undisclosed)
    {
        if (undisclosed.Contains(field) && words.Matches(ListWords.Undisclosed, written))
        {
            return new ListCorrection(null, "the list's own word for undisclosed is rendered");
        }

        if (field != "developers" || language == CatalogLanguage.Japanese)
        {
            return null;
        }

        if (written == japaneseCell && written.Any(IsJapaneseScript))
        {
            return new ListCorrection(null, "the cell is an untranslated copy of the Japanese one; the registry's name is rendered");
        }

        var individual = words.Text(ListWords.Individual);
        var form = individual.Get(language) + " (";
        foreach (var other in new[] { CatalogLanguage.Japanese, CatalogLanguage.English, CatalogLanguage.French }.Where(other => other != language))
        {
            var wrong = individual.Get(other) + " (";
            if (written.StartsWith(wrong, StringComparison.Ordinal))
            {
                return new ListCorrection(form + written.Substring(wrong.Length), "an individual is written in this language's individual form");
            }
        }

        return null;
    }

    private static bool IsJapaneseScript(char character) =>
        character is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF';
}
