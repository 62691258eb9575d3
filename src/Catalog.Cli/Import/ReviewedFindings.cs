using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Model;
using JapaneseLlm.Catalog.Model.Diagnostics;
using JapaneseLlm.Catalog.Model.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Findings of the catalog's content rules on rows of the list that the catalog keeps as the list writes
/// them, each with the reason. The importer writes them into the records (<c>suppress:</c>), so the reason
/// sits next to the data; when the list changes and a finding goes away, JLLM0219 reports the stale entry.
/// </summary>
internal static class ReviewedFindings
{
    private const string EmptyLicenseCell =
        "The list leaves this row's license cell empty in all three editions. The license has to come from the model card, not from a guess; until then the row states no license.";

    private const string UnmarkedOpenAiData =
        "The list names {0}, generated with OpenAI models, in this row's instruction tuning but does not mark the row with the OpenAI-terms caveat (?). The catalog keeps the list's ten caveat rows as they are; marking this one is for the list's maintainers to decide.";

    private const string LlmJpFrenchLabel =
        "The French cell uses the label the list's contribution rules give LLM-jp's centre (Centre de recherche et développement pour les grands modèles de langage), while 16 other French rows use the English label that the registry keeps; switching the registry's French name would correct those rows instead.";

    private const string OtherLabel =
        "The list labels this developer differently in this row than in its other rows; the row keeps the list's wording until the list settles on one label.";

    private static readonly (string ModelId, string RuleId, string Reason)[] All =
    {
        ("bclavie-fio-base-japanese-v0.1", CatalogRuleIds.MissingLicense, EmptyLicenseCell),
        ("cl-nagoya-shioriha-large-pt", CatalogRuleIds.MissingLicense, EmptyLicenseCell),
        ("llama-3-youko-8b", CatalogRuleIds.MissingOpenAiTermsCaveat, string.Format(System.Globalization.CultureInfo.InvariantCulture, UnmarkedOpenAiData, "MetaMathQA")),
        ("japanese-stable-lm-2-1.6b", CatalogRuleIds.MissingOpenAiTermsCaveat, string.Format(System.Globalization.CultureInfo.InvariantCulture, UnmarkedOpenAiData, "ultra-orca-boros-en-ja-v1 (and alpaca-gpt4-japanese)")),
        ("layoutlmv3-japanese-preview", CatalogRuleIds.NonCanonicalDeveloperName, LlmJpFrenchLabel),
        ("llm-jp-4-33b", CatalogRuleIds.NonCanonicalDeveloperName, LlmJpFrenchLabel),
        ("llm-jp-4-32b-a3b", CatalogRuleIds.NonCanonicalDeveloperName, LlmJpFrenchLabel),
        ("llm-jp-4-8b", CatalogRuleIds.NonCanonicalDeveloperName, LlmJpFrenchLabel),
        ("cl-nagoya-shioriha-large-pt", CatalogRuleIds.NonCanonicalDeveloperName, OtherLabel),
        ("academicroberta", CatalogRuleIds.NonCanonicalDeveloperName, OtherLabel),
        ("kyotouniversitydebertav2", CatalogRuleIds.NonCanonicalDeveloperName, OtherLabel),
        ("kyotouniversitydebertav3", CatalogRuleIds.NonCanonicalDeveloperName, OtherLabel),
        ("tohokuuniversitybert", CatalogRuleIds.NonCanonicalDeveloperName, OtherLabel),
        ("tohokuuniversity-stable-diffusion", CatalogRuleIds.NonCanonicalDeveloperName, OtherLabel),
        ("universityoftokyodebertav2", CatalogRuleIds.NonCanonicalDeveloperName, OtherLabel),
        ("ganchengguang-yoko-7b-japanese-v1", CatalogRuleIds.NonCanonicalDeveloperName, OtherLabel),
        ("japanese-mulan", CatalogRuleIds.NonCanonicalDeveloperName, OtherLabel),
    };

    public static IReadOnlyList<ModelRecord> Apply(IReadOnlyList<ModelRecord> models, ImportReport report)
    {
        var byModel = All.ToLookup(finding => finding.ModelId, System.StringComparer.Ordinal);
        foreach (var unknown in All.Select(finding => finding.ModelId).Distinct().Where(id => models.All(model => model.Id != id)))
        {
            report.Problem("ReviewedFindings", 0, $"reviewed finding for model '{unknown}', which the import no longer produces");
        }

        return models
            .Select(model => byModel.Contains(model.Id)
                ? model with { Suppressions = byModel[model.Id].Select(finding => new RuleSuppression(finding.RuleId, finding.Reason, default)).ToEquatableArray() }
                : model)
            .ToList();
    }
}
