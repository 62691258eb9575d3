using System.Collections.Generic;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.Upstream;

/// <summary>
/// A copy of the list as read from disk: the README in each language, the papers parts (absent in versions
/// whose papers tables stand in README.md) and the announcement dates.
/// </summary>
internal sealed record UpstreamList(
    IReadOnlyDictionary<CatalogLanguage, ListDocument> Readmes,
    ListDocument? ArchitecturePapers,
    ListDocument? TrainingPapers,
    IReadOnlyList<AnnouncementRow> Announcements,
    string AnnouncementsPath)
{
    /// <summary>The list's files this copy lacks (translations, parts/, figures/), for the import report.</summary>
    public IReadOnlyList<string> MissingFiles { get; init; } = System.Array.Empty<string>();
}

/// <summary>One row of figures/parameter_size_overview_ja.csv.</summary>
internal sealed record AnnouncementRow(int Line, string Model, string Lab, string Announced, string Type, IReadOnlyList<string> Sources)
{
    /// <summary>The chart marks models one can download as <c>JP-available…</c>; only those are rows of the list.</summary>
    public bool IsAvailable => Type.StartsWith("JP-available", System.StringComparison.Ordinal);
}
