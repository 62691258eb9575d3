using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// JLLM0206 and JLLM0207: a model's <c>developers_text</c> (the developer cell kept as the list wrote it) must
/// still show each developer as the registry names it, and individuals in the list's individual form. Rows
/// without an override render the registry's names, so they are right by construction.
/// </summary>
public sealed class DeveloperNameRules : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models)
        {
            var written = model.DisplayTexts.FirstOrDefault(text => text.Field == "developers")?.Text;
            if (written is null)
            {
                continue;
            }

            foreach (var language in Describe.Languages)
            {
                if (written[language] is { } text)
                {
                    CheckLanguage(model, language, text, context, reporter);
                }
            }
        }
    }

    private static void CheckLanguage(ModelRecord model, CatalogLanguage language, string text, CatalogRuleContext context, RuleReporter reporter)
    {
        var code = Describe.Code(language);
        var span = reporter.Locate(model).ValueSpanOf("developers_text." + code);
        foreach (var reference in model.Developers)
        {
            if (!context.Developers.TryGetValue(reference.Id, out var developer))
            {
                continue;
            }

            var individualForm = context.Words.Text(ListWords.Individual).Get(language);
            if (developer.Individual && context.Words.HasText(ListWords.Individual) && text.IndexOf(individualForm + " (", StringComparison.Ordinal) < 0)
            {
                reporter.Report(CatalogRules.IndividualDeveloperForm, model, span, model.Id, developer.Id, code, text, individualForm);
                return;
            }

            var canonical = developer.Name[language] ?? developer.Name.English ?? developer.Name.Japanese ?? "";
            if (canonical.Length > 0 && Fold(text).IndexOf(Fold(canonical), StringComparison.Ordinal) < 0)
            {
                reporter.Report(CatalogRules.NonCanonicalDeveloperName, model, span, model.Id, code, text, canonical, developer.Id);
                return;
            }
        }
    }

    private static string Fold(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
