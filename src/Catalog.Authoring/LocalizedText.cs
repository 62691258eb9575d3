using System;

namespace JapaneseLlm.Catalog.Authoring;

/// <summary>The languages the list is written in.</summary>
public enum Language
{
    Ja,
    En,
    Fr,
}

/// <summary>
/// Text the list shows in each of its languages. In YAML it is either one scalar (the same in every
/// language) or a mapping with <c>ja</c>, <c>en</c> and <c>fr</c>; a missing language is <see langword="null"/>.
/// </summary>
public sealed record LocalizedText(string? Ja, string? En, string? Fr)
{
    public static LocalizedText Same(string text) => new(text, text, text);

    public bool IsSameInEveryLanguage => Ja == En && En == Fr;

    public string? this[Language language] => language switch
    {
        Language.Ja => Ja,
        Language.En => En,
        Language.Fr => Fr,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>The text in <paramref name="language"/>, else English, else Japanese, else French.</summary>
    public string Preferred(Language language) => this[language] ?? En ?? Ja ?? Fr ?? string.Empty;

    public override string ToString() => Preferred(Language.En);
}
