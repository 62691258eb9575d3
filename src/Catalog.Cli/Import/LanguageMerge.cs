using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>The rules that merge one cell's three languages, shared by every row parser.</summary>
internal static class LanguageMerge
{
    /// <summary>One URL when the languages agree, else one per language (the English one as the single value).</summary>
    public static (string? Url, LocalizedText? PerLanguage) Urls(PerLanguage<string> urls)
    {
        if (urls.AllEqual())
        {
            return (urls.Ja.Length == 0 ? null : urls.Ja, null);
        }

        return (urls.En.Length > 0 ? urls.En : urls.Ja, urls.ToText());
    }

    /// <summary>
    /// Splits the footnote markers off the end of each language's cell. The markers are structure, so the
    /// languages' majority decides them; a language that differs is reported.
    /// </summary>
    public static (PerLanguage<string> Texts, IReadOnlyList<string> Footnotes) TrailingFootnotes(PerLanguage<string> cell, RowOrigin origin, string field, ImportReport report)
    {
        var split = cell.Select(text => InlineSyntax.SplitTrailingMarkers(text));
        var markers = split.Select(part => string.Join(" ", part.Labels));
        var chosen = markers.Majority();
        foreach (var language in PerLanguage<int>.Languages.Where(language => markers[language] != chosen))
        {
            report.Note(origin.Files[language], origin.Lines[language], $"{field}: footnote markers '{markers[language]}' differ from the other languages' '{chosen}'; the catalog keeps the majority");
        }

        return (split.Select(part => part.Text), chosen.Split(' ').Where(label => label.Length > 0).ToList());
    }
}
