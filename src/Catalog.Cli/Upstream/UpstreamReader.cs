using System.Collections.Generic;
using System.IO;
using System.Text;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Model;

namespace JapaneseLlm.Catalog.Cli.Upstream;

/// <summary>Reads a copy of the list laid out as upstream: README.md, en/, fr/, parts/ and figures/.</summary>
internal static class UpstreamReader
{
    public static readonly IReadOnlyDictionary<Language, string> ReadmePaths = new Dictionary<Language, string>
    {
        [Language.Ja] = "README.md",
        [Language.En] = "en/README.md",
        [Language.Fr] = "fr/README.md",
    };

    public const string ArchitecturePapersPath = "parts/references_model.md";
    public const string TrainingPapersPath = "parts/references_training.md";
    public const string AnnouncementsPath = "figures/parameter_size_overview_ja.csv";

    /// <summary>The files that must exist; a missing one is a usage error, reported before anything is read.</summary>
    public static IEnumerable<string> RequiredFiles()
    {
        foreach (var path in ReadmePaths.Values)
        {
            yield return path;
        }

        yield return ArchitecturePapersPath;
        yield return TrainingPapersPath;
        yield return AnnouncementsPath;
    }

    public static UpstreamList Read(string root)
    {
        var readmes = new Dictionary<Language, ListDocument>();
        foreach (var (language, path) in ReadmePaths)
        {
            readmes[language] = ReadDocument(root, path);
        }

        var csvText = File.ReadAllText(Path.Combine(root, AnnouncementsPath), Encoding.UTF8);
        return new UpstreamList(
            readmes,
            ReadDocument(root, ArchitecturePapersPath),
            ReadDocument(root, TrainingPapersPath),
            AnnouncementCsvReader.Read(csvText),
            AnnouncementsPath);
    }

    private static ListDocument ReadDocument(string root, string path) =>
        ListDocumentReader.Read(path, File.ReadAllText(Path.Combine(root, path), Encoding.UTF8));
}
