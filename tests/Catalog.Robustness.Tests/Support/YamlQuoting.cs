using System.Globalization;
using System.Text;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>
/// Writes any string YAML can hold as a double-quoted scalar that reads back exactly. Escaped: the quote and
/// backslash, every character YAML may not hold raw (C0 and C1 controls, U+FEFF, U+FFFE, U+FFFF), the line
/// breaks YAML 1.1 folds (U+0085, U+2028, U+2029), and U+FFFD, which the catalog refuses raw as a sign of
/// invalid UTF-8. Everything else is written raw, so the scanner sees it.
/// </summary>
internal static class YamlQuoting
{
    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            builder.Append(rune.Value switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                0x85 => "\\N",
                0x2028 => "\\L",
                0x2029 => "\\P",
                < 0x20 or (>= 0x7F and <= 0x9F) => "\\x" + rune.Value.ToString("X2", CultureInfo.InvariantCulture),
                0xFEFF or 0xFFFD or 0xFFFE or 0xFFFF => "\\u" + rune.Value.ToString("X4", CultureInfo.InvariantCulture),
                _ => rune.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A YAML mapping of the three languages, indented under its key.</summary>
    public static string Languages(string indentation, LocalizedStrings text) =>
        $"\n{indentation}ja: {DoubleQuoted(text.Ja)}\n{indentation}en: {DoubleQuoted(text.En)}\n{indentation}fr: {DoubleQuoted(text.Fr)}";
}

/// <summary>Three texts of one field, one per language of the catalog.</summary>
internal sealed record LocalizedStrings(string Ja, string En, string Fr)
{
    public IEnumerable<string> All => [Ja, En, Fr];
}
