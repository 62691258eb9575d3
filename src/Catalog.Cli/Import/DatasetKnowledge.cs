using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>A data-set spelling found in a text: the registry entry and where the spelling stands.</summary>
internal sealed record DatasetMatch(DatasetEntry Entry, int Start, int Length);

/// <summary>
/// The training data sets the importer recognises in training-data cells: the data-set registry's entries, by their
/// names and aliases (compared without case). A data set the registry does not know is not guessed.
/// </summary>
/// <remarks>
/// A spelling matches only as a whole word (no letter or digit on either side, so <c>C4</c> is not found in
/// <c>mC4</c> nor <c>OASST1</c> in <c>OASST12</c>), and the longest spelling wins where two overlap, so
/// <c>Japanese CC-100</c> is read as itself and not as <c>CC-100</c>.
/// </remarks>
internal sealed class DatasetKnowledge
{
    private readonly IReadOnlyList<DatasetEntry> entries;
    private readonly IReadOnlyList<(string Spelling, DatasetEntry Entry)> spellings;

    public DatasetKnowledge(IEnumerable<DatasetEntry> registry)
    {
        entries = registry.OrderBy(entry => entry.Id, StringComparer.Ordinal).ToList();
        spellings = entries
            .SelectMany(entry => new[] { entry.Name.Japanese, entry.Name.English, entry.Name.French }.Concat(entry.Aliases)
                .Where(name => !string.IsNullOrWhiteSpace(name))
                .Select(name => name!.Trim().ToLowerInvariant())
                .Distinct(StringComparer.Ordinal)
                .Select(name => (name, entry)))
            .OrderByDescending(spelling => spelling.name.Length)
            .ThenBy(spelling => spelling.name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Knows no data set: every spelling is unresolved.</summary>
    public static DatasetKnowledge Empty { get; } = new(System.Array.Empty<DatasetEntry>());

    /// <summary>Every registry entry, in id order: the import keeps the whole registry, used or not.</summary>
    public IReadOnlyList<DatasetEntry> All => entries;

    /// <summary>The registry entries of the data sets <paramref name="trainingData"/> names, in the order the text names them.</summary>
    public IReadOnlyList<DatasetEntry> FindAllIn(string trainingData) =>
        Matches(trainingData).Select(match => match.Entry).Distinct().ToList();

    /// <summary>Every spelling found in <paramref name="text"/>, longest first where two overlap, in text order.</summary>
    public IReadOnlyList<DatasetMatch> Matches(string text)
    {
        var lower = text.ToLowerInvariant();
        var taken = new bool[lower.Length];
        var found = new List<DatasetMatch>();
        foreach (var (spelling, entry) in spellings)
        {
            for (var start = lower.IndexOf(spelling, StringComparison.Ordinal); start >= 0; start = lower.IndexOf(spelling, start + 1, StringComparison.Ordinal))
            {
                var end = start + spelling.Length;
                if (IsWordBoundary(lower, start - 1) && IsWordBoundary(lower, end) && !taken.Skip(start).Take(spelling.Length).Any(isTaken => isTaken))
                {
                    for (var index = start; index < end; index++)
                    {
                        taken[index] = true;
                    }

                    found.Add(new DatasetMatch(entry, start, spelling.Length));
                }
            }
        }

        return found.OrderBy(match => match.Start).ToList();
    }

    // Only Latin letters, digits, '-', '_' and a version's '.' glue words together: Japanese text runs straight into
    // a name ("llm-jp-corpus-v3の一部"), and "llm-jp-corpus" is not found in "llm-jp-corpus-v3" nor "v3" in "v3.2".
    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !(text[index] is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '-' or 'é' or 'è'
            || (text[index] == '.' && index + 1 < text.Length && text[index + 1] is >= '0' and <= '9'));
}
