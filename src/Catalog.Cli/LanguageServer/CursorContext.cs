using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>
/// What the cursor is on, read from the lines above it rather than from a parse: while an entry is typed the file is
/// often not valid YAML. The catalog is written in block style with list items at their key's indentation
/// (<c>licenses:</c> then <c>- mit</c>), which this follows; flow lists (<c>[a, b]</c>) on one line are read too.
/// </summary>
/// <param name="Path">The keys from the file's root to the mapping the cursor is in (list items not counted).</param>
/// <param name="ValueOf">The key whose value the cursor is in, or null when the cursor is where a key is written.</param>
/// <param name="Word">The part of the key or value before the cursor, which a completion replaces.</param>
/// <param name="WrittenKeys">The other keys already written in the mapping where a key is being typed, which completion leaves out.</param>
internal sealed record CursorContext(IReadOnlyList<string> Path, string? ValueOf, int WordStart, string Word, IReadOnlyCollection<string> WrittenKeys)
{
    private static readonly Regex KeyPrefix = new(@"^(?<indent>\s*)(?<dash>-\s+)?(?<word>[A-Za-z0-9_]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex ValuePrefix = new(@"^(?<indent>\s*)(?<dash>-\s+)?(?<key>[A-Za-z0-9_]+):\s+(\[(?:[^\],]*,\s*)*)?(?<word>[^\s,\[\]]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex ItemPrefix = new(@"^(?<indent>\s*)-\s+(?<word>[^\s:,\[\]]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyLine = new(@"^(?<indent>\s*)(?<dash>-\s+)?(?<key>[A-Za-z0-9_]+):(\s|$)", RegexOptions.CultureInvariant);

    /// <summary>The context at character <paramref name="character"/> of line <paramref name="line"/>, or null in a comment or free text.</summary>
    public static CursorContext? At(TextLines lines, int line, int character)
    {
        var text = lines[line];
        var prefix = text.Substring(0, System.Math.Min(character, text.Length));
        if (ValuePrefix.Match(prefix) is { Success: true } value)
        {
            var path = PathAbove(lines, line, KeyIndent(value), value.Groups["dash"].Success ? value.Groups["indent"].Length : null);
            return new CursorContext(path, value.Groups["key"].Value, value.Groups["word"].Index, value.Groups["word"].Value, []);
        }

        if (ItemPrefix.Match(prefix) is { Success: true } item && !IsKeyBeingTyped(lines, line, item.Groups["indent"].Length))
        {
            // "- mi|" in a list of ids: the list's key is the last of the path.
            var path = PathAbove(lines, line, item.Groups["indent"].Length + 2, item.Groups["indent"].Length);
            return path.Count == 0 ? null : new CursorContext(path.GetRange(0, path.Count - 1), path[path.Count - 1], item.Groups["word"].Index, item.Groups["word"].Value, []);
        }

        if (KeyPrefix.Match(prefix) is { Success: true } key)
        {
            var startsItem = key.Groups["dash"].Success;
            var path = PathAbove(lines, line, KeyIndent(key), startsItem ? key.Groups["indent"].Length : null);
            return new CursorContext(path, null, key.Groups["word"].Index, key.Groups["word"].Value, WrittenKeysAround(lines, line, KeyIndent(key), startsItem));
        }

        return null;
    }

    /// <summary>The key written at <paramref name="character"/> of the line, with the path of the mapping holding it.</summary>
    public static (List<string> Path, string Key, int Start)? KeyAt(TextLines lines, int line, int character)
    {
        if (KeyLine.Match(lines[line]) is not { Success: true } match)
        {
            return null;
        }

        var key = match.Groups["key"];
        if (character < key.Index || character > key.Index + key.Length)
        {
            return null;
        }

        return (PathAbove(lines, line, KeyIndent(match), match.Groups["dash"].Success ? match.Groups["indent"].Length : null), key.Value, key.Index);
    }

    /// <summary>
    /// The keys written at <paramref name="keyIndent"/> above and below the cursor's line, up to the lines that end the
    /// mapping: a line less indented, or (above) the "- " line that starts the list item the mapping is.
    /// </summary>
    private static HashSet<string> WrittenKeysAround(TextLines lines, int line, int keyIndent, bool cursorStartsItem)
    {
        var keys = new HashSet<string>(System.StringComparer.Ordinal);
        for (var above = line - 1; above >= 0 && !cursorStartsItem; above--)
        {
            var text = lines[above];
            if (IsBlankOrComment(text))
            {
                continue;
            }

            var match = KeyLine.Match(text);
            if (match.Success && KeyIndent(match) == keyIndent)
            {
                keys.Add(match.Groups["key"].Value);
                if (match.Groups["dash"].Success)
                {
                    break;
                }
            }
            else if (Indent(text) < keyIndent)
            {
                break;
            }
        }

        for (var below = line + 1; below < lines.Count; below++)
        {
            var text = lines[below];
            if (IsBlankOrComment(text))
            {
                continue;
            }

            if (Indent(text) < keyIndent)
            {
                break;
            }

            if (KeyLine.Match(text) is { Success: true } match && !match.Groups["dash"].Success && KeyIndent(match) == keyIndent)
            {
                keys.Add(match.Groups["key"].Value);
            }
        }

        return keys;
    }

    private static int KeyIndent(Match match) => match.Groups["indent"].Length + match.Groups["dash"].Length;

    /// <summary>
    /// A "- " item of a list of mappings, written where its keys are (<c>- id: x</c> then <c>- |</c> to start the
    /// next one), is a key being typed when the item above it holds keys.
    /// </summary>
    private static bool IsKeyBeingTyped(TextLines lines, int line, int dashIndent)
    {
        for (var above = line - 1; above >= 0; above--)
        {
            var text = lines[above];
            if (IsBlankOrComment(text))
            {
                continue;
            }

            var match = KeyLine.Match(text);
            var indent = Indent(text);
            if (indent < dashIndent || (indent == dashIndent && !text.TrimStart().StartsWith('-')))
            {
                return false;
            }

            if (indent == dashIndent)
            {
                return match.Success;
            }
        }

        return false;
    }

    /// <summary>
    /// The keys that open the mappings enclosing a key written at <paramref name="keyIndent"/>, found by walking up:
    /// a key less indented opens the enclosing mapping; an item's "- " at the key's indentation starts its mapping, and
    /// a key at or left of that dash then holds the list.
    /// </summary>
    private static List<string> PathAbove(TextLines lines, int line, int keyIndent, int? dashIndent)
    {
        var path = new List<string>();
        for (var above = line - 1; above >= 0 && (keyIndent > 0 || dashIndent is not null); above--)
        {
            var text = lines[above];
            if (IsBlankOrComment(text) || KeyLine.Match(text) is not { Success: true } match)
            {
                continue;
            }

            var indent = KeyIndent(match);
            if (match.Groups["dash"].Success)
            {
                var dash = match.Groups["indent"].Length;
                if (dashIndent is null && indent == keyIndent)
                {
                    dashIndent = dash;
                }
                else if (indent < keyIndent && (dashIndent is null || dash < dashIndent))
                {
                    path.Insert(0, match.Groups["key"].Value);
                    (keyIndent, dashIndent) = (indent, dash);
                }
            }
            else if (dashIndent is null ? indent < keyIndent : indent <= dashIndent)
            {
                path.Insert(0, match.Groups["key"].Value);
                (keyIndent, dashIndent) = (indent, null);
            }
        }

        return path;
    }

    private static int Indent(string text) => text.Length - text.TrimStart(' ').Length;

    private static bool IsBlankOrComment(string text) => text.Trim().Length == 0 || text.TrimStart().StartsWith('#');
}
