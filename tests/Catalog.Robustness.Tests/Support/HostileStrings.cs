using CsCheck;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>
/// Random strings weighted towards what breaks generated code or YAML: quotes, backslashes, every line break
/// C# and YAML know, comment and XML-doc terminators, braces, NUL and other controls, bidi and zero-width
/// characters, astral characters (surrogate pairs), CJK and combining marks. Lone surrogates are left out:
/// YAML cannot carry them (the literal escaping is tested with them directly).
/// </summary>
internal static class HostileStrings
{
    private static readonly string[] Fragments =
    [
        "*/", "/*", "//", "///", "</summary>", "<remarks>", "<!--", "-->", "]]>", "&amp;", "&", "<", ">",
        "{0}", "{", "}", "{{", "}}", "$\"", "@\"", "\"\"\"", "#region", "#endif", "#", "\\u0041", "\\", "\"", "'",
        "\r\n", "\n", "\r", "\t", "\0", "\u0085", "\u2028", "\u2029", "\u202E", "\u2066", "\u2069", "\u200B",
        "\uFEFF", "\uFFFD", "\uFFFE", "\u0001", "\u001B", "\u007F", "\u009F", "日本語", "𠮷", "🤖", "e\u0301",
        "한국어", "العربية", " ", "  ", ": ", " #", "- ", "? ", "|", ">-", "&a", "*a", "!tag", "%", "@", "`", "~", "null",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (3, Gen.OneOf(Fragments)),
        (3, Gen.Char['a', 'z'].Select(character => character.ToString())),
        (1, Gen.Char['\u0020', '\u00FF'].Select(character => character.ToString())),
        (1, Gen.Char['\u3000', '\u9FFF'].Select(character => character.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)));

    public static Gen<string> Text { get; } = Piece.Array[0, 12].Select(pieces => string.Concat(pieces));

    public static Gen<LocalizedStrings> Localized { get; } = Gen.Select(Text, Text, Text, (ja, en, fr) => new LocalizedStrings(ja, en, fr));

    /// <summary>Hostile text for a required key, which may not be blank (JLLM0008): a blank one gets a letter in front.</summary>
    public static Gen<string> Required { get; } = Text.Select(text => IsBlank(text) ? "n" + text : text);

    /// <summary>Hostile texts for a required key: at least one language is not blank.</summary>
    public static Gen<LocalizedStrings> RequiredLocalized { get; } =
        Localized.Select(text => IsBlank(text.Ja) && IsBlank(text.En) && IsBlank(text.Fr) ? text with { En = "n" + text.En } : text);

    private static bool IsBlank(string text) => text.Trim().Length == 0;
}
