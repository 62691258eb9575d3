using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace JapaneseLlm.Catalog.Cli.Evaluations;

/// <summary>
/// Reads the Swallow LLM Leaderboard's data (swallow-llm/leaderboard, CC-BY 4.0): each suite's <c>model.yml</c>, a
/// list of the models it evaluated, each naming its Hugging Face repository (<c>model_id</c>, else <c>id</c>) and the
/// day it was published (<c>date</c>). The files are the leaderboard's own, read with YamlDotNet as they are; an entry
/// without a repository or with a date not written yyyy-MM-dd is kept with no date, never guessed.
/// </summary>
internal static class SwallowLeaderboard
{
    public const string SourceUrl = "https://github.com/swallow-llm/leaderboard";

    public const string ModelsFile = "model.yml";

    /// <summary>The <c>model.yml</c> files under <paramref name="folder"/> (the leaderboard's root, with one folder per suite, or one suite), in path order.</summary>
    public static IReadOnlyList<string> ModelFiles(string folder) =>
        Directory.EnumerateFiles(folder, ModelsFile, SearchOption.AllDirectories).OrderBy(path => path, System.StringComparer.Ordinal).ToList();

    public static IReadOnlyList<LeaderboardEntry> Read(string folder) => ModelFiles(folder).SelectMany(ReadFile).ToList();

    private static IEnumerable<LeaderboardEntry> ReadFile(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode models)
        {
            yield break;
        }

        foreach (var model in models.Children.OfType<YamlMappingNode>())
        {
            var repository = Scalar(model, "model_id") ?? Scalar(model, "id");
            if (repository is not null)
            {
                yield return new LeaderboardEntry(repository, Day(Scalar(model, "date")), path, (int)model.Start.Line);
            }
        }
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;

    private static string? Day(string? text) =>
        text is not null && System.DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text : null;
}
