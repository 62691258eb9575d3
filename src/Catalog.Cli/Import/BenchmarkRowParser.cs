using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Markdown;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>Reads a benchmark row: <c>&lt;a id="…"&gt;&lt;/a&gt; [name](url)</c>, a description per language, developers.</summary>
internal static class BenchmarkRowParser
{
    private static readonly Regex AnchoredName = new("^<a id=\"([^\"]+)\"></a>\\s*(.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public static BenchmarkDraft Parse(IReadOnlyList<string> fields, IReadOnlyList<PerLanguage<string>> cells, RowOrigin origin, ImportReport report)
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
                    var description = Trailing(cell, draft, "description");
                    draft.Description = description.ToTextOrNull();
                    break;
                case "developers":
                    draft.Developers.AddRange(DeveloperCellParser.Parse(Trailing(cell, draft, "developers"), origin, report));
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
        var urls = parts.Select(part => part.Url);
        if (urls.AllEqual())
        {
            draft.Url = urls.Ja.Length == 0 ? null : urls.Ja;
        }
        else
        {
            draft.LocalizedUrl = urls.ToText();
            draft.Url = urls.En;
        }

        foreach (var label in parts.Select(part => part.Markers).Majority().Split(' ').Where(label => label.Length > 0))
        {
            draft.Footnotes.Add(("name", label));
        }
    }

    private static PerLanguage<string> Trailing(PerLanguage<string> cell, BenchmarkDraft draft, string field)
    {
        var split = cell.Select(text => InlineSyntax.SplitTrailingMarkers(text));
        foreach (var label in split.Select(part => string.Join(" ", part.Labels)).Majority().Split(' ').Where(label => label.Length > 0))
        {
            draft.Footnotes.Add((field, label));
        }

        return split.Select(part => part.Text);
    }
}
