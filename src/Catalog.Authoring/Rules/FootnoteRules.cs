using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// Footnote markers written inside texts (<c>Instruction Tuning[^chat-vector-after-llama3]</c>). They are
/// references as much as a record's <c>footnotes:</c>, so unused-footnote and unknown-reference checks read both.
/// </summary>
internal static class InlineFootnoteMarkers
{
    private static readonly Regex Marker = new(@"\[\^([^\]\s]+)\]", RegexOptions.CultureInvariant);

    public static IReadOnlyList<FootnoteMarker> In(IEnumerable<CatalogEntry> entries)
    {
        var markers = new List<FootnoteMarker>();
        foreach (var entry in entries)
        {
            foreach (var text in EntryTexts.Of(entry))
            {
                foreach (var language in Describe.Languages)
                {
                    // Few texts hold a marker: skip the regex for the others.
                    var value = text.Text[language];
                    if (value is null || value.IndexOf("[^", StringComparison.Ordinal) < 0)
                    {
                        continue;
                    }

                    foreach (Match match in Marker.Matches(value))
                    {
                        markers.Add(new FootnoteMarker(entry, text.Key, language, match.Groups[1].Value));
                    }
                }
            }
        }

        return markers;
    }
}

/// <summary>A <c>[^id]</c> marker in one language of one of an entry's texts.</summary>
public sealed record FootnoteMarker(CatalogEntry Entry, string Key, CatalogLanguage Language, string FootnoteId);

/// <summary>JLLM0202: a footnote that no record's <c>footnotes:</c> and no text's inline marker refers to.</summary>
public sealed class UnusedFootnoteRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        referenced.UnionWith(context.Models.SelectMany(model => model.Footnotes).Select(reference => reference.FootnoteId));
        referenced.UnionWith(context.Benchmarks.SelectMany(benchmark => benchmark.Footnotes).Select(reference => reference.FootnoteId));
        referenced.UnionWith(context.FootnoteMarkers.Select(marker => marker.FootnoteId));
        foreach (var footnote in context.Footnotes.Where(footnote => !referenced.Contains(footnote.Id)))
        {
            reporter.Report(CatalogRules.UnusedFootnote, footnote, reporter.Locate(footnote).Id, footnote.Id);
        }
    }
}

/// <summary>
/// JLLM0103 for inline markers: a <c>[^id]</c> in a text whose footnote is not defined. The validator checks
/// <c>footnotes:</c>; a marker inside text would otherwise render as a dangling reference.
/// </summary>
public sealed class InlineFootnoteReferenceRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, key, language, footnoteId) in context.FootnoteMarkers)
        {
            if (!context.FootnotesById.ContainsKey(footnoteId) && reported.Add(EntryKey.Of(entry, reporter.Locate(entry), key, footnoteId)))
            {
                var span = reporter.Locate(entry).ValueSpanOf(key + "." + Describe.Code(language));
                reporter.Report(CatalogRules.UnknownReference, entry, span, Describe.Kind(entry), entry.Id, "footnote", footnoteId, $": the marker [^{footnoteId}] in '{key}' has no footnote; add it to the footnote registry or fix the id");
            }
        }
    }
}

/// <summary>JLLM0203: a footnote whose text is missing in one of the list's three languages.</summary>
public sealed class FootnoteLanguagesRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var footnote in context.Footnotes)
        {
            var missing = Describe.Languages.Where(language => string.IsNullOrWhiteSpace(footnote.Text[language])).ToList();
            if (missing.Count > 0)
            {
                reporter.Report(CatalogRules.FootnoteMissingLanguage, footnote, reporter.Locate(footnote).KeySpanOf("text"), footnote.Id, Describe.List(missing));
            }
        }
    }
}
