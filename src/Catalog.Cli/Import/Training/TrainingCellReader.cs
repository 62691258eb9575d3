using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Text;

namespace JapaneseLlm.Catalog.Cli.Import.Training;

/// <summary>One line of a training-data cell: the stage label it starts with, if any, its text and its list items.</summary>
internal sealed record TrainingLine(int Index, string? Label, string Body, IReadOnlyList<string> Items);

/// <summary>
/// Reads a training-data cell as the list writes it: lines (<c>&lt;br&gt;</c>), each optionally led by a stage label
/// (<c>事前学習:</c>, <c>Instruction Tuning (LoRA):</c>, <c>DPO (instruct3 only):</c>) and then a list of items
/// separated by commas, <c>、</c> or <c>+</c>. Markup is read as plain text. A separator inside brackets does not end an
/// item (<c>LLM-jp-3 (1.8b, 13b) に対して …</c> is one item), but a bracketed list is read as items of its own
/// (<c>事前学習 (CC3M, STAIR Captions)</c> gives <c>事前学習</c>, <c>CC3M</c> and <c>STAIR Captions</c>); numbers such as
/// <c>4,000</c> are kept whole.
/// </summary>
internal static class TrainingCellReader
{
    // A label is short and has no sentence in it: "事前学習 + 中間学習:", "Stage 1.5:", "GRPO (数学):".
    private static readonly Regex StageLabel = new(@"^\s*(?<label>[^:：。]{1,48}?)\s*[:：]\s*", RegexOptions.CultureInvariant);

    private static readonly Regex ThousandsGroup = new(@"^\d{3}(\D|$)", RegexOptions.CultureInvariant);

    public static IReadOnlyList<TrainingLine> Read(string? cell)
    {
        var lines = new List<TrainingLine>();
        if (string.IsNullOrWhiteSpace(cell))
        {
            return lines;
        }

        foreach (var text in PlainText.FromMarkdown(cell).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0))
        {
            var label = StageLabel.Match(text);
            var labelText = label.Groups["label"].Value;
            var hasLabel = label.Success && label.Length < text.Length && !labelText.Contains("http") && IsBalanced(labelText);
            var body = hasLabel ? text.Substring(label.Length) : text;
            lines.Add(new TrainingLine(lines.Count, hasLabel ? labelText.Trim() : null, body, Items(body)));
        }

        return lines;
    }

    /// <summary>The items of a list, with the items of any bracketed list inside one.</summary>
    public static IReadOnlyList<string> Items(string text)
    {
        var items = new List<string>();
        foreach (var item in SplitTopLevel(text))
        {
            var open = item.IndexOfAny(new[] { '(', '（' });
            var inner = open < 0 ? null : Inner(item, open);
            if (inner is not null && SplitTopLevel(inner).Count > 1 && EndsAfter(item, open))
            {
                items.Add(item.Substring(0, open).Trim());
                items.AddRange(Items(inner));
            }
            else
            {
                items.Add(item);
            }
        }

        return items.Where(item => item.Length > 0).ToList();
    }

    private static List<string> SplitTopLevel(string text)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            depth += character is '(' or '（' ? 1 : character is ')' or '）' ? -1 : 0;
            if (depth <= 0 && IsSeparator(text, index))
            {
                items.Add(current.ToString().Trim());
                current.Clear();
                depth = 0;
                continue;
            }

            current.Append(character);
        }

        items.Add(current.ToString().Trim());
        return items.Where(item => item.Length > 0).ToList();
    }

    // "," but not in a number (4,000), "、", and "+" standing alone ("日本語 Wikipedia + Japanese CC-100", "+ Japanese OSCAR").
    private static bool IsSeparator(string text, int index) => text[index] switch
    {
        ',' => !(index > 0 && char.IsDigit(text[index - 1]) && ThousandsGroup.IsMatch(text.Substring(index + 1))),
        '、' => true,
        '+' => (index == 0 || text[index - 1] == ' ') && (index + 1 == text.Length || text[index + 1] == ' '),
        _ => false,
    };

    /// <summary>Whether the bracket at <paramref name="open"/> closes at the end of the item: a list, not an aside in a sentence.</summary>
    private static bool EndsAfter(string text, int open) =>
        open + (Inner(text, open)?.Length ?? 0) + 2 >= text.TrimEnd().Length;

    /// <summary>The text inside the bracket at <paramref name="open"/>, if it closes; else null.</summary>
    private static string? Inner(string text, int open)
    {
        var depth = 0;
        for (var index = open; index < text.Length; index++)
        {
            depth += text[index] is '(' or '（' ? 1 : text[index] is ')' or '）' ? -1 : 0;
            if (depth == 0)
            {
                return text.Substring(open + 1, index - open - 1);
            }
        }

        return text.Substring(open + 1);
    }

    private static bool IsBalanced(string text) =>
        text.Count(character => character is '(' or '（') == text.Count(character => character is ')' or '）');
}
