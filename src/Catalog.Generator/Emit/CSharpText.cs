using System.Collections.Generic;
using System.Globalization;
using System.Text;
using JapaneseLlm.Catalog.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>
/// The only way catalog text reaches generated code: string literals through Roslyn's own literal
/// formatter, doc text XML-escaped with every character C# treats as a line break folded away.
/// </summary>
internal static class CSharpText
{
    public static string Literal(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Literal(long? value) => value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture) + "L";

    public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Literal(bool value) => value ? "true" : "false";

    public static string Text(LocalizedText? text) =>
        text is null
            ? "null"
            : $"new global::JapaneseLlm.Catalog.LocalizedText({Literal(text.Ja)}, {Literal(text.En)}, {Literal(text.Fr)})";

    /// <summary>Splits doc text into comment lines, XML-escaped, with no character that could end a <c>///</c> line.</summary>
    public static IEnumerable<string> DocLines(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var escaped = EscapeDoc(line);
            if (escaped.Length > 0)
            {
                yield return escaped;
            }
        }
    }

    public static string EscapeDoc(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            switch (character)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    // C# ends a comment at \r, \n, U+0085, U+2028 and U+2029; other controls are noise in a tooltip.
                    var category = char.GetUnicodeCategory(character);
                    var breaksOrHides = category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format or UnicodeCategory.Surrogate;
                    builder.Append(breaksOrHides ? ' ' : character);
                    break;
            }
        }

        return builder.ToString().Trim();
    }
}
