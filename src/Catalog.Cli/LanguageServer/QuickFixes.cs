using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>
/// The edits that a diagnostic's message already asks for, made by the editor: the fix is read from the message the
/// checker wrote, so a message and its fix cannot disagree, and a rule that words a new fix the same way gets it.
/// </summary>
internal static class QuickFixes
{
    /// <summary>"did you mean 'x'?" (unknown keys, values and registry ids): the diagnostic's span becomes x.</summary>
    private static readonly Regex DidYouMean = new(@"did you mean '(?<suggestion>[^']+)'\?", RegexOptions.CultureInvariant);

    /// <summary>"remove 'developers_text.en'": the key at that path of the record goes, so the registry's form shows.</summary>
    private static readonly Regex Remove = new(@"remove '(?<path>[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)?)'", RegexOptions.CultureInvariant);

    /// <summary>"add 'openai-terms' under 'footnotes: licenses:'": the id joins that footnote cell.</summary>
    private static readonly Regex AddFootnote = new(@"add '(?<id>[^']+)' under 'footnotes: (?<field>[A-Za-z0-9_]+):'", RegexOptions.CultureInvariant);

    public static IEnumerable<(string Title, IReadOnlyList<TextEdit> Edits)> For(CatalogDiagnostic diagnostic, CatalogDocument document)
    {
        if (DidYouMean.Match(diagnostic.Message) is { Success: true } meant)
        {
            yield return Replace(diagnostic, document, meant.Groups["suggestion"].Value);
        }

        if (Remove.Match(diagnostic.Message) is { Success: true } remove && document.Tree is { } tree && RemoveKey(tree, remove.Groups["path"].Value, document) is { } removal)
        {
            yield return ($"Remove '{remove.Groups["path"].Value}'", new[] { removal });
        }

        if (AddFootnote.Match(diagnostic.Message) is { Success: true } add && document.Tree is { } root && AddToFootnotes(root, add.Groups["field"].Value, add.Groups["id"].Value, document) is { } addition)
        {
            yield return ($"Add footnote '{add.Groups["id"].Value}' to 'footnotes: {add.Groups["field"].Value}:'", new[] { addition });
        }
    }

    private static (string, IReadOnlyList<TextEdit>) Replace(CatalogDiagnostic diagnostic, CatalogDocument document, string suggestion)
    {
        var span = diagnostic.Span;
        var written = document.Text.Substring(span.Offset, span.Length);
        var quote = written.Length >= 2 && (written[0] is '"' or '\'') && written[written.Length - 1] == written[0] ? written[0].ToString() : "";
        return ($"Replace '{written.Trim('"', '\'')}' with '{suggestion}'", new[] { new TextEdit(document.Lines.RangeOf(span.Offset, span.Length), quote + suggestion + quote) });
    }

    private static TextEdit? RemoveKey(YamlMapping root, string path, CatalogDocument document)
    {
        var keys = path.Split('.');
        var entry = Find(root, keys[0]);
        if (entry is null)
        {
            return null;
        }

        // Removing a mapping's only key would leave the parent key without a value: the parent goes instead.
        if (keys.Length == 2 && entry.Value is YamlMapping mapping && mapping.Entries.Count > 1 && Find(mapping, keys[1]) is { } child)
        {
            entry = child;
        }

        var start = document.Lines.OffsetOf(new Position(entry.Key.Span.Line - 1, 0));
        var end = LineEndAfter(document.Text, entry.Value.EndOffset);
        return new TextEdit(document.Lines.RangeOf(start, end - start), "");
    }

    private static TextEdit? AddToFootnotes(YamlMapping root, string field, string id, CatalogDocument document)
    {
        var text = document.Text;
        if (Find(root, "footnotes") is not { } footnotes)
        {
            var end = text.Length;
            var separator = text.Length > 0 && !text.EndsWith('\n') ? "\n" : "";
            return new TextEdit(document.Lines.RangeOf(end, 0), $"{separator}footnotes:\n  {field}: {id}\n");
        }

        if (footnotes.Value is not YamlMapping cells)
        {
            return null;
        }

        if (Find(cells, field) is not { } cell)
        {
            var indent = new string(' ', cells.Entries.Count > 0 ? cells.Entries[0].Key.Span.Column - 1 : footnotes.Key.Span.Column + 1);
            var afterKey = LineEndAfter(text, footnotes.Key.Span.Offset);
            return new TextEdit(document.Lines.RangeOf(afterKey, 0), $"{indent}{field}: {id}\n");
        }

        switch (cell.Value)
        {
            case YamlScalar { IsNull: true }:
                // "licenses:" with no value (or ~): the value is written after the colon, replacing what stands there.
                var colon = text.IndexOf(':', cell.Key.Span.Offset + cell.Key.Span.Length);
                var lineEnd = LineEndAfter(text, colon);
                var valueEnd = lineEnd > 0 && text[lineEnd - 1] == '\n' ? lineEnd - (lineEnd > 1 && text[lineEnd - 2] == '\r' ? 2 : 1) : lineEnd;
                return new TextEdit(document.Lines.RangeOf(colon + 1, valueEnd - colon - 1), " " + id);
            case YamlScalar scalar:
                return new TextEdit(document.Lines.RangeOf(scalar.Span.Offset, scalar.Span.Length), $"[{text.Substring(scalar.Span.Offset, scalar.Span.Length)}, {id}]");
            case YamlSequence { Items.Count: > 0 } list when text[list.Span.Offset] == '[':
                var last = list.Items[list.Items.Count - 1].Span;
                return new TextEdit(document.Lines.RangeOf(last.Offset + last.Length, 0), $", {id}");
            case YamlSequence { Items.Count: > 0 } list:
                var dash = new string(' ', list.Span.Column - 1);
                var after = LineEndAfter(text, list.EndOffset);
                return new TextEdit(document.Lines.RangeOf(after, 0), $"{dash}- {id}\n");
            default:
                return null;
        }
    }

    private static YamlEntry? Find(YamlMapping mapping, string key) => mapping.Entries.FirstOrDefault(entry => entry.Key.Value == key);

    /// <summary>The start of the line after the one <paramref name="offset"/> is on (the text's end on the last line).</summary>
    private static int LineEndAfter(string text, int offset)
    {
        var newline = text.IndexOf('\n', System.Math.Min(offset, text.Length));
        return newline < 0 ? text.Length : newline + 1;
    }
}
