using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// JLLM0211 (info): a model whose architecture no paper record names. Architectures are free text
/// ("Llama", "hybrid architecture like Samba"), so a paper counts when its name appears in the text as a
/// whole word (a version suffix such as V2 allowed), in any language, or the text names what a paper's title
/// introduces ("MoE": a mixture-of-experts paper); what is left is worth a look, not a build break.
/// </summary>
public sealed class ArchitecturePaperRule : ContentRule
{
    private static readonly Regex Link = new(@"\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant);
    private static readonly Regex VersionSuffix = new(@"^v?[0-9]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Abbreviations the list writes in the architecture column for what paper titles spell out.
    private static readonly (string Abbreviation, string Expansion)[] Abbreviations =
    {
        ("moe", "mixture-of-experts"),
        ("moe", "mixture of experts"),
    };

    /// <summary>Each model's verdict against the paper names it was reached with; new names (a paper edited) start a new memo.</summary>
    private static PaperVerdicts last = new(new List<string>());

    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        var paperNames = context.Papers
            .SelectMany(paper => Describe.Languages.Select(language => paper.Name[language]))
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => Normalize(name!))
            .Concat(context.Papers.Select(paper => Normalize(paper.Title)))
            .Where(name => name.Length > 0)
            .Distinct()
            .ToList();
        var verdicts = last;
        if (!verdicts.Names.SequenceEqual(paperNames))
        {
            verdicts = last = new PaperVerdicts(paperNames);
        }

        foreach (var model in context.Models)
        {
            if (model.Architecture is { } architecture && !verdicts.NamesAPaper(model))
            {
                reporter.Report(CatalogRules.ArchitectureWithoutPaper, model, reporter.Locate(model).ValueSpanOf("architecture"), model.Id, architecture.Get(CatalogLanguage.English));
            }
        }
    }

    /// <summary>Whether a model's architecture names one of <see cref="Names"/>, kept per model while the names stay the same.</summary>
    private sealed class PaperVerdicts
    {
        private static readonly object Yes = new();
        private static readonly object No = new();
        private readonly EntryMemo<object> verdicts;

        public PaperVerdicts(List<string> names)
        {
            Names = names;
            verdicts = new EntryMemo<object>(entry => NamesOneOf(((ModelRecord)entry).Architecture!, names) ? Yes : No);
        }

        public List<string> Names { get; }

        public bool NamesAPaper(ModelRecord model) => verdicts.Of(model) == Yes;
    }

    private static bool NamesOneOf(LocalizedText architecture, List<string> paperNames)
    {
        var texts = Describe.Languages.Select(language => architecture[language]).Where(text => !string.IsNullOrWhiteSpace(text)).SelectMany(text => WithExpansions(Normalize(text!))).Where(text => text.Length > 0).ToList();
        return texts.Any(text => paperNames.Any(name => ContainsWord(text, name) || ContainsWord(name, text)));
    }

    private static IEnumerable<string> WithExpansions(string text)
    {
        yield return text;
        foreach (var (abbreviation, expansion) in Abbreviations)
        {
            if (ContainsWord(text, abbreviation))
            {
                yield return expansion;
            }
        }
    }

    private static string Normalize(string text) => Link.Replace(text, "$1").Replace("**", "").Trim().ToLowerInvariant();

    private static bool ContainsWord(string text, string word)
    {
        for (var start = text.IndexOf(word, System.StringComparison.Ordinal); start >= 0; start = text.IndexOf(word, start + 1, System.StringComparison.Ordinal))
        {
            var end = start + word.Length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]) || VersionSuffix.IsMatch(text.Substring(end))))
            {
                return true;
            }
        }

        return false;
    }
}
