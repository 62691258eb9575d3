using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// JLLM0208: a text given in some of the list's languages but not all. Overrides (<c>&lt;field&gt;_text</c>)
/// are exempt: they name only the languages whose cell differs, by design. Footnotes have their own, stricter
/// rule (JLLM0203), so they are not reported twice.
/// </summary>
public sealed class MissingTranslationRule : ContentRule
{
    private static readonly EntryMemo<List<(string Key, List<CatalogLanguage> Missing)>> Untranslated = new(entry =>
        EntryTexts.Of(entry)
            .Where(text => !text.IsOverride)
            .Select(text => (text.Key, Missing: Describe.Languages.Where(language => string.IsNullOrWhiteSpace(text.Text[language])).ToList()))
            .Where(found => found.Missing.Count is > 0 and < 3)
            .ToList());

    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var entry in context.Entries.Where(entry => entry is not FootnoteEntry))
        {
            foreach (var (key, missing) in Untranslated.Of(entry))
            {
                var present = Describe.Languages.Except(missing);
                reporter.Report(CatalogRules.MissingTranslation, entry, reporter.Locate(entry).KeySpanOf(key), Describe.Kind(entry), entry.Id, key, Describe.List(present), Describe.List(missing));
            }
        }
    }
}

/// <summary>
/// JLLM0209: 不明 / Undisclosed / Non divulgué (or ？ for a license) written as a model's text instead of
/// listed in <c>undisclosed</c>, which renders the list's fixed words in every language.
/// </summary>
public sealed class UndisclosedAsTextRule : ContentRule
{
    /// <summary>Each model's texts written out as "undisclosed", found with the spellings they were found with; new spellings start a new memo.</summary>
    private static (ListWords Words, EntryMemo<List<(EntryText Text, CatalogLanguage Language)>> Found) last = (ListWords.None, Memo(ListWords.None));

    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        var memo = last;
        if (!memo.Words.SpellsAlike(context.Words))
        {
            memo = last = (context.Words, Memo(context.Words));
        }

        foreach (var model in context.Models)
        {
            foreach (var (text, found) in memo.Found.Of(model))
            {
                var field = text.IsOverride ? text.Key.Substring(0, text.Key.Length - "_text".Length) : text.Key;
                var span = reporter.Locate(model).ValueSpanOf(text.Key + "." + Describe.Code(found));
                reporter.Report(CatalogRules.UndisclosedAsText, model, span, model.Id, text.Key, text.Text[found]!, field);
            }
        }
    }

    private static EntryMemo<List<(EntryText Text, CatalogLanguage Language)>> Memo(ListWords words) => new(entry =>
        EntryTexts.Of(entry)
            .Select(text => (Text: text, Language: Describe.Languages.Cast<CatalogLanguage?>().FirstOrDefault(candidate => words.Matches(ListWords.Undisclosed, text.Text[candidate!.Value]))))
            .Where(found => found.Language is not null)
            .Select(found => (found.Text, found.Language!.Value))
            .ToList());
}

/// <summary>JLLM0217: a cell written as a leading-hyphen pseudo-list (<c>-A: x&lt;br&gt;-B: y</c>), which the list's cell rules avoid.</summary>
public sealed class BulletListRule : ContentRule
{
    private static readonly Regex LineBreak = new("<br */?>|\n", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly EntryMemo<List<(string Key, CatalogLanguage Language)>> BulletLists = new(entry =>
        EntryTexts.Of(entry)
            .Select(text => (text.Key, Language: Describe.Languages.Cast<CatalogLanguage?>().FirstOrDefault(candidate => IsBulletList(text.Text[candidate!.Value]))))
            .Where(found => found.Language is not null)
            .Select(found => (found.Key, found.Language!.Value))
            .ToList());

    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var entry in context.Entries.Where(entry => entry is ModelRecord or BenchmarkRecord))
        {
            foreach (var (key, language) in BulletLists.Of(entry))
            {
                reporter.Report(CatalogRules.BulletListInCell, entry, reporter.Locate(entry).ValueSpanOf(key + "." + Describe.Code(language)), Describe.Kind(entry), entry.Id, key);
            }
        }
    }

    private static bool IsBulletList(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var lines = LineBreak.Split(text);
        return lines.Length > 1 && lines.Any(line => IsBullet(line.TrimStart()));
    }

    private static bool IsBullet(string line) => line.Length > 1 && line[0] == '-' && !char.IsDigit(line[1]) && line[1] != '-';
}
