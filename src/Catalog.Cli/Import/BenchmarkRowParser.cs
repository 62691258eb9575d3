using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Markdown;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>Reads a benchmark row: <c>&lt;a id="…"&gt;&lt;/a&gt; [name](url)</c>, a description per language, developers.</summary>
internal static class BenchmarkRowParser
{
    private static readonly Regex AnchoredName = new("^<a id=\"([^\"]+)\"></a>\\s*(.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public static BenchmarkDraft Parse(IReadOnlyList<string> fields, IReadOnlyList<PerLanguage<string>> cells, RowOrigin origin, ImportReport report, ListWords words)
    {
        var draft = new BenchmarkDraft(origin);
        for (var column = 0; column < fields.Count; column++)
        {
            var cell = cells[column];
            switch (fields[column])
            {
                case "name":
                    ParseName(cell, draft);
                    break;
                case "description":
                    var description = Trailing(cell, draft, "description", report);
                    draft.Description = description.ToTextOrNull();
                    break;
                case "developers":
                    draft.Developers.AddRange(DeveloperCellParser.Parse(Trailing(cell, draft, "developers", report), origin, report, words));
                    break;
                default:
                    OtherColumnCell.Keep(fields[column], cell, draft.OtherColumns);
                    break;
            }
        }

        return draft;
    }

    private static void ParseName(PerLanguage<string> cell, BenchmarkDraft draft)
    {
        var parts = cell.Select(text =>
        {
            var anchored = AnchoredName.Match(text);
            var rest = anchored.Success ? anchored.Groups[2].Value : text;
            var (withoutMarkers, markers) = InlineSyntax.SplitTrailingMarkers(rest);
            var link = InlineSyntax.WholeLink(withoutMarkers);
            return (Anchor: anchored.Success ? anchored.Groups[1].Value : null, Name: link?.Text ?? withoutMarkers, Url: link?.Url ?? "", Markers: string.Join(" ", markers));
        });

        draft.Anchor = parts.Select(part => part.Anchor).Majority();
        draft.Name = parts.Select(part => part.Name).ToText();
        (draft.Url, draft.LocalizedUrl) = LanguageMerge.Urls(parts.Select(part => part.Url));

        foreach (var label in parts.Select(part => part.Markers).Majority().Split(' ').Where(label => label.Length > 0))
        {
            draft.Footnotes.Add(("name", label));
        }
    }

    private static PerLanguage<string> Trailing(PerLanguage<string> cell, BenchmarkDraft draft, string field, ImportReport report)
    {
        var (texts, footnotes) = LanguageMerge.TrailingFootnotes(cell, draft.Origin, field, report);
        draft.Footnotes.AddRange(footnotes.Select(footnote => (field, footnote)));
        return texts;
    }
}
