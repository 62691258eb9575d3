using System.Collections.Generic;
using System.Globalization;
using System.Text;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.Yaml;

/// <summary>
/// Writes the small YAML subset the catalog uses (mappings, lists, scalars), deterministically: keys in the
/// order written, strings plain where YAML reads them back unchanged and double-quoted otherwise, LF endings.
/// </summary>
internal sealed class YamlWriter
{
    private static readonly HashSet<string> ReservedWords = new()
    {
        "", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
        "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
    };

    private readonly StringBuilder text = new();
    private int indent;

    public override string ToString() => text.ToString();

    public YamlWriter Comment(string comment)
    {
        Line("# " + comment);
        return this;
    }

    public YamlWriter Scalar(string key, string? value)
    {
        if (value is not null)
        {
            Line(key + ": " + Quote(value));
        }

        return this;
    }

    public YamlWriter Number(string key, long? value)
    {
        if (value is not null)
        {
            Line(key + ": " + value.Value.ToString(CultureInfo.InvariantCulture));
        }

        return this;
    }

    public YamlWriter Flag(string key, bool value)
    {
        if (value)
        {
            Line(key + ": true");
        }

        return this;
    }

    /// <summary>One scalar when the text is the same in every language, else a mapping of the languages it has.</summary>
    public YamlWriter Text(string key, LocalizedText? value)
    {
        if (value is null)
        {
            return this;
        }

        if (value.IsSameInEveryLanguage && value.Japanese is not null)
        {
            return Scalar(key, value.Japanese);
        }

        Line(key + ":");
        indent++;
        Scalar("ja", value.Japanese);
        Scalar("en", value.English);
        Scalar("fr", value.French);
        indent--;
        return this;
    }

    public YamlWriter List(string key, IReadOnlyCollection<string> values)
    {
        if (values.Count == 0)
        {
            return this;
        }

        Line(key + ":");
        foreach (var value in values)
        {
            Line("- " + Quote(value));
        }

        return this;
    }

    /// <summary>A list of mappings; <paramref name="writeItem"/> writes each item's keys.</summary>
    public YamlWriter Items<T>(string key, IReadOnlyCollection<T> items, System.Action<YamlWriter, T> writeItem)
    {
        if (items.Count == 0)
        {
            return this;
        }

        Line(key + ":");
        foreach (var item in items)
        {
            // Items are written at one more level; the first key takes the "- " in place of indentation.
            var start = text.Length;
            indent++;
            writeItem(this, item);
            indent--;
            var itemIndent = new string(' ', (indent + 1) * 2);
            var dashed = new string(' ', indent * 2) + "- ";
            text.Remove(start, itemIndent.Length).Insert(start, dashed);
        }

        return this;
    }

    public YamlWriter Mapping(string key, System.Action<YamlWriter> writeEntries)
    {
        Line(key + ":");
        indent++;
        writeEntries(this);
        indent--;
        return this;
    }

    public static string Quote(string value)
    {
        if (IsPlainSafe(value))
        {
            return value;
        }

        var quoted = new StringBuilder("\"");
        foreach (var character in value)
        {
            switch (character)
            {
                case '\\': quoted.Append("\\\\"); break;
                case '"': quoted.Append("\\\""); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\r': quoted.Append("\\r"); break;
                default:
                    if (char.IsControl(character) || IsInvisible(character))
                    {
                        quoted.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(character);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    private static bool IsPlainSafe(string value)
    {
        if (ReservedWords.Contains(value) || value.Trim() != value || LooksNumeric(value))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0)
        {
            return false;
        }

        foreach (var character in value)
        {
            if (char.IsControl(character) || IsInvisible(character))
            {
                return false;
            }
        }

        return !value.Contains(": ") && !value.Contains(" #") && !value.EndsWith(":", System.StringComparison.Ordinal);
    }

    private static bool LooksNumeric(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || value.StartsWith("0x", System.StringComparison.Ordinal) || value.StartsWith(".", System.StringComparison.Ordinal);

    private static bool IsInvisible(char character) =>
        character is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00A0' or '\u2028' or '\u2029';

    private void Line(string content) => text.Append(' ', indent * 2).Append(content).Append('\n');
}
