using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// JLLM0224: the list's markdown (bold, <c>&lt;br&gt;</c>, an inline link) written into a catalog text. Texts are
/// plain; the renderer writes the markup from structure. Sections are exempt: their intro and outro are the
/// README's own prose around the tables, which no consumer reads as a fact.
/// </summary>
public sealed class MarkupInTextRule : ContentRule
{
    private static readonly (string Markup, string Name, string Fix)[] Kinds =
    {
        ("<br", "a <br> line break", "break the line in the YAML text instead (\"\\n\" in a double-quoted string)"),
        ("](", "a markdown link", "write the phrase alone and add '{ text: phrase, url: … }' to the entry's 'links'"),
        ("**", "bold", "write the text alone; a variant's size goes in its 'size', an amount of training data in its stage's 'tokens' or 'amounts'"),
    };

    private static readonly EntryMemo<List<(string Key, string Path, string Markup, string Fix)>> Found = new(Collect);

    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var entry in context.Entries.Where(entry => entry is not SectionEntry))
        {
            foreach (var (key, path, markup, fix) in Found.Of(entry))
            {
                reporter.Report(CatalogRules.MarkupInText, entry, reporter.Locate(entry).ValueSpanOf(path), Describe.Kind(entry), entry.Id, markup, key, fix);
            }
        }
    }

    private static List<(string Key, string Path, string Markup, string Fix)> Collect(CatalogEntry entry)
    {
        var found = new List<(string, string, string, string)>();
        foreach (var text in EntryTexts.Of(entry))
        {
            // One finding per text, at the first language that has markup.
            foreach (var language in Describe.Languages)
            {
                if (Add(found, text.Key, text.Key + "." + Describe.Code(language), text.Text[language]))
                {
                    break;
                }
            }
        }

        if (entry is ModelRecord model)
        {
            for (var index = 0; index < model.Variants.Count; index++)
            {
                var variant = model.Variants[index];
                var path = string.Format(CultureInfo.InvariantCulture, "variants[{0}].label", index);
                foreach (var label in new[] { variant.Label }.Concat(Describe.Languages.Select(language => variant.LocalizedLabel?[language])))
                {
                    if (Add(found, path, path, label))
                    {
                        break;
                    }
                }
            }
        }

        return found;
    }

    private static bool Add(List<(string, string, string, string)> found, string key, string path, string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var (markup, name, fix) in Kinds)
        {
            if (text.IndexOf(markup, System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                found.Add((key, path, name, fix));
                return true;
            }
        }

        return false;
    }
}
