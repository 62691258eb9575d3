using System.Collections.Generic;
using System.IO;
using System.Text;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.Upstream;

/// <summary>
/// Reads a copy of the list laid out as upstream: README.md, en/, fr/, parts/ and figures/. Only README.md is
/// required: older versions of the list have no translations, no parts/ (their papers tables stand in README.md)
/// and no chart data, and are imported as far as they go, each missing file named in <see cref="UpstreamList.MissingFiles"/>.
/// </summary>
internal static class UpstreamReader
{
    public static readonly IReadOnlyDictionary<CatalogLanguage, string> ReadmePaths = new Dictionary<CatalogLanguage, string>
    {
        [CatalogLanguage.Japanese] = "README.md",
        [CatalogLanguage.English] = "en/README.md",
        [CatalogLanguage.French] = "fr/README.md",
    };

    public const string ArchitecturePapersPath = "parts/references_model.md";
    public const string TrainingPapersPath = "parts/references_training.md";
    public const string AnnouncementsPath = "figures/parameter_size_overview_ja.csv";

    /// <summary>The one file without which there is nothing to import.</summary>
    public static string RequiredFile => ReadmePaths[CatalogLanguage.Japanese];

    public static UpstreamList Read(string root)
    {
        var missing = new List<string>();
        var japanese = ReadDocument(root, RequiredFile, missing)!;
        var readmes = new Dictionary<CatalogLanguage, ListDocument>();
        foreach (var (language, path) in ReadmePaths)
        {
            // A missing translation reads as the Japanese text, as the runtime falls back to it.
            readmes[language] = language == CatalogLanguage.Japanese ? japanese : ReadDocument(root, path, missing) ?? japanese;
        }

        var csvPath = Path.Combine(root, AnnouncementsPath);
        var announcements = File.Exists(csvPath) ? AnnouncementCsvReader.Read(File.ReadAllText(csvPath, Encoding.UTF8)) : new List<AnnouncementRow>();
        if (!File.Exists(csvPath))
        {
            missing.Add(AnnouncementsPath);
        }

        return new UpstreamList(
            readmes,
            ReadDocument(root, ArchitecturePapersPath, missing),
            ReadDocument(root, TrainingPapersPath, missing),
            announcements,
            AnnouncementsPath)
        {
            MissingFiles = missing,
        };
    }

    private static ListDocument? ReadDocument(string root, string path, List<string> missing)
    {
        var file = Path.Combine(root, path);
        if (!File.Exists(file))
        {
            missing.Add(path);
            return null;
        }

        return ListDocumentReader.Read(path, File.ReadAllText(file, Encoding.UTF8));
    }
}
