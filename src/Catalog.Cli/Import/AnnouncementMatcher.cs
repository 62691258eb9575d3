using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Upstream;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Gives models the announcement dates of figures/parameter_size_overview_ja.csv. A CSV row matches a model
/// row when one of its sources is the model's own link, or else when its model name is the row's name;
/// only rows the chart marks as available are rows of the list. Unmatched and ambiguous rows are reported.
/// </summary>
internal static class AnnouncementMatcher
{
    public static Dictionary<ModelDraft, string> Match(IReadOnlyList<AnnouncementRow> rows, IReadOnlyList<ModelDraft> models, string csvPath, ImportReport report)
    {
        var dates = new Dictionary<ModelDraft, string>();
        foreach (var row in rows.Where(row => row.IsAvailable))
        {
            var date = ToIsoDate(row.Announced);
            if (date is null)
            {
                report.Problem(csvPath, row.Line, $"announced: cannot read the date '{row.Announced}'");
                continue;
            }

            var bySource = models.Where(model => row.Sources.Any(source => NameUrls(model).Contains(Normalize(source)))).ToList();
            var matches = bySource.Count > 0 ? bySource : models.Where(model => row.Model.Length > 0 && Names(model).Contains(NormalizeName(row.Model))).ToList();
            if (matches.Count == 0)
            {
                report.Note(csvPath, row.Line, $"announced: no list row matches '{(row.Model.Length > 0 ? row.Model : row.Lab)}' ({string.Join(", ", row.Sources)}); its date is not used");
                continue;
            }

            if (matches.Count > 1)
            {
                report.Note(csvPath, row.Line, $"announced: '{row.Model}' matches {matches.Count} rows; its date is not used");
                continue;
            }

            var model = matches[0];
            if (dates.TryGetValue(model, out var earlier) && earlier != date)
            {
                report.Note(csvPath, row.Line, $"announced: a second date {date} for the row at {model.Origin.File}:{model.Origin.Line}; the earlier {earlier} is kept");
                continue;
            }

            dates[model] = date;
        }

        return dates;
    }

    private static string? ToIsoDate(string text) =>
        System.DateTime.TryParseExact(text, "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static HashSet<string> NameUrls(ModelDraft model)
    {
        var urls = new HashSet<string>();
        if (model.Url is not null)
        {
            urls.Add(Normalize(model.Url));
        }

        foreach (var language in PerLanguage<int>.Languages)
        {
            if (model.LocalizedUrl?[language] is { } url)
            {
                urls.Add(Normalize(url));
            }
        }

        foreach (var variant in model.Variants)
        {
            urls.Add(Normalize(Rendering.CellRenderer.VariantHref(variant)));
        }

        return urls;
    }

    private static HashSet<string> Names(ModelDraft model) =>
        new(PerLanguage<int>.Languages.Select(language => NormalizeName(InlineSyntax.PlainText(model.Name[language] ?? ""))));

    private static string Normalize(string url) => url.Trim().TrimEnd('/');

    private static string NormalizeName(string name) => string.Join(" ", name.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
