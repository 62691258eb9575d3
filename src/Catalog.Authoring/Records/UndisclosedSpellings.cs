using System;

namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>
/// How the list writes "not disclosed" in a cell: 不明 / Undisclosed / Non divulgué (and ？ for a license), plus
/// the other spellings it uses. The importer turns them into the explicit <c>undisclosed</c> value; a rule
/// reports them when written as free text.
/// </summary>
public static class UndisclosedSpellings
{
    private static readonly string[] Spellings = { "不明", "undisclosed", "unknown", "non divulgué", "inconnu", "inconnue", "?", "？" };

    public static bool Matches(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        foreach (var spelling in Spellings)
        {
            if (string.Equals(trimmed, spelling, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
