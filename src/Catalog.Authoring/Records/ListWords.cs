using System;
using System.Collections.Generic;
using System.Linq;

namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>
/// The list's fixed words, as the vocabulary registry (registries/vocabulary.yaml) teaches them: what the renderer
/// writes for a word, and every spelling of it the importer and the rules recognise (its text in each language and
/// its aliases, compared trimmed and without case). The tools know each word by its id (<see cref="Schema.ClosedSets.Words"/>);
/// a catalog without the registry recognises no spelling, and renders a word as its id.
/// </summary>
public sealed class ListWords
{
    /// <summary>Not disclosed by the developer: 不明 / Undisclosed / Non divulgué.</summary>
    public const string Undisclosed = "undisclosed";

    /// <summary>No license stated, in the license column: ？.</summary>
    public const string UnknownLicense = "unknown-license";

    /// <summary>The word before individual developers' names: 個人 (name).</summary>
    public const string Individual = "individual";

    /// <summary>Words in a repository name that say its weights are in full precision (fp16, bf16).</summary>
    public const string FullPrecision = "full-precision";

    /// <summary>Words in a repository name that say its weights are quantized without saying how.</summary>
    public const string Quantized = "quantized";

    /// <summary>The mark the license column writes before the OpenAI-terms footnote: (?).</summary>
    public const string CaveatMark = "caveat-mark";

    /// <summary>The Hugging Face support column's marks, one word each: ◯ loads with transformers, △ convertible, ✕ does not load.</summary>
    public static readonly IReadOnlyList<(HuggingFaceSupport Support, string Word)> SupportMarks = new[]
    {
        (HuggingFaceSupport.Yes, "support-yes"),
        (HuggingFaceSupport.Convertible, "support-convertible"),
        (HuggingFaceSupport.No, "support-no"),
    };

    private readonly Dictionary<string, WordEntry> byId;
    private readonly Dictionary<string, HashSet<string>> spellings;

    public ListWords(IEnumerable<WordEntry> entries)
    {
        byId = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byId.ContainsKey(entry.Id))
            {
                byId.Add(entry.Id, entry);
            }
        }

        spellings = byId.Values.ToDictionary(
            entry => entry.Id,
            entry => new HashSet<string>(
                new[] { entry.Text?.Japanese, entry.Text?.English, entry.Text?.French }.Concat(entry.Aliases).Where(spelling => !string.IsNullOrWhiteSpace(spelling)).Select(spelling => spelling!.Trim()),
                StringComparer.OrdinalIgnoreCase),
            StringComparer.Ordinal);
    }

    /// <summary>Whether <paramref name="other"/> has the same words, texts and aliases: what a rule found with one holds for the other.</summary>
    public bool SpellsAlike(ListWords other) =>
        byId.Count == other.byId.Count
        && byId.All(pair => other.byId.TryGetValue(pair.Key, out var theirs) && Equals(pair.Value.Text, theirs.Text) && pair.Value.Aliases.Equals(theirs.Aliases));

    /// <summary>No words: a catalog without a vocabulary registry.</summary>
    public static ListWords None { get; } = new(Array.Empty<WordEntry>());

    /// <summary>Whether the registry gives what the list writes for <paramref name="word"/>.</summary>
    public bool HasText(string word) => byId.TryGetValue(word, out var entry) && entry.Text is not null;

    /// <summary>What the list writes for <paramref name="word"/>, in each language; the id where the registry does not say.</summary>
    public LocalizedText Text(string word) => byId.TryGetValue(word, out var entry) && entry.Text is { } text ? text : LocalizedText.Same(word);

    /// <summary>The spelling of <paramref name="word"/> that <paramref name="text"/> starts with (the longest, compared as written), if any.</summary>
    public string? LeadingSpelling(string word, string text) => Spellings(word).Where(spelling => text.StartsWith(spelling, StringComparison.Ordinal)).OrderByDescending(spelling => spelling.Length).FirstOrDefault();

    /// <summary>The spelling of <paramref name="word"/> that <paramref name="text"/> ends with (the longest, compared as written), if any.</summary>
    public string? TrailingSpelling(string word, string text) => Spellings(word).Where(spelling => text.EndsWith(spelling, StringComparison.Ordinal)).OrderByDescending(spelling => spelling.Length).FirstOrDefault();

    /// <summary>The support mark <paramref name="text"/> starts with, and how it is spelled there.</summary>
    public (HuggingFaceSupport Support, string Spelling)? LeadingSupportMark(string text)
    {
        foreach (var (support, word) in SupportMarks)
        {
            if (LeadingSpelling(word, text) is { } spelling)
            {
                return (support, spelling);
            }
        }

        return null;
    }

    /// <summary>The word of a support mark, for the renderer.</summary>
    public static string SupportWord(HuggingFaceSupport support) => SupportMarks.First(mark => mark.Support == support).Word;

    private IEnumerable<string> Spellings(string word) => spellings.TryGetValue(word, out var known) ? known : Enumerable.Empty<string>();

    /// <summary>Whether <paramref name="text"/> (trimmed, case aside) is a spelling of <paramref name="word"/>.</summary>
    public bool Matches(string word, string? text) =>
        text is not null && spellings.TryGetValue(word, out var known) && known.Contains(text.Trim());
}
