using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Rendering;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Reads license cells: known license names joined by <c> &amp; </c>, <c>？</c> for an unstated license (the
/// vocabulary registry's spellings of <see cref="ListWords.UnknownLicense"/>), the
/// <c>(?)</c> mark before the OpenAI-terms footnote. Cells that say more (per-variant licenses) keep their
/// text as written, but the licenses they name are still recorded.
/// </summary>
internal static class LicenseCellParser
{
    public static void Parse(PerLanguage<string> cells, ModelDraft draft, IReadOnlyCollection<string> caveatFootnotes, LicenseKnowledge licenses, ListWords words, ImportReport report)
    {
        var origin = draft.Origin;
        var (texts, footnotes) = LanguageMerge.TrailingFootnotes(cells, origin, "licenses", report);
        draft.AddFootnotes("licenses", footnotes);
        var ja = texts.Ja;
        var hasCaveatMark = words.TrailingSpelling(ListWords.CaveatMark, ja) is not null || words.TrailingSpelling(ListWords.CaveatMark, texts.En) is not null;
        if (hasCaveatMark != footnotes.Any(caveatFootnotes.Contains))
        {
            report.Problem(origin.File, origin.Line, "licenses: the (?) mark and the OpenAI-terms footnote do not come together");
        }

        var text = Strip(ja, words).Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (words.Matches(ListWords.UnknownLicense, text))
        {
            draft.Undisclosed.Add("licenses");
            return;
        }

        var tokens = text.Split(new[] { " & " }, System.StringSplitOptions.None).Select(token => token.Trim()).ToList();
        var known = tokens.Select(token => licenses.Find(InlineSyntax.WholeLink(token)?.Text ?? token)).ToList();
        if (known.All(license => license is not null))
        {
            draft.Licenses.AddRange(known.Select(license => license!.Id));
            RecordSpellings(texts.Select(text => Strip(text, words).Trim()), known.Select(license => license!.Id).ToList(), draft);
            return;
        }

        // Not a plain list: record the licenses it names; the cell keeps its wording as written.
        var found = licenses.FindAllIn(InlineSyntax.PlainText(text));
        draft.Licenses.AddRange(found.Select(license => license.Id));
        var saysUndisclosed = text.Contains(words.Text(ListWords.Undisclosed).Get(JapaneseLlm.Catalog.Authoring.CatalogLanguage.Japanese));
        if (found.Count == 0 || saysUndisclosed)
        {
            if (saysUndisclosed)
            {
                draft.Undisclosed.Add("licenses");
                return;
            }

            report.Problem(origin.File, origin.Line, $"licenses: unknown license '{text}'");
        }
    }

    /// <summary>Remembers how each language spells each license, so the registry can take the usual spelling.</summary>
    private static void RecordSpellings(PerLanguage<string> texts, IReadOnlyList<string> ids, ModelDraft draft)
    {
        var tokens = texts.Select(text => text.Split(new[] { " & " }, System.StringSplitOptions.None).Select(token => token.Trim()).ToList());
        if (PerLanguage<int>.Languages.Any(language => tokens[language].Count != ids.Count))
        {
            return;
        }

        for (var index = 0; index < ids.Count; index++)
        {
            var position = index;
            draft.LicenseSpellings.Add((ids[index], tokens.Select(list => list[position])));
        }
    }

    private static string Strip(string text, ListWords words) =>
        words.TrailingSpelling(ListWords.CaveatMark, text) is { } mark ? text.Substring(0, text.Length - mark.Length) : text;
}
