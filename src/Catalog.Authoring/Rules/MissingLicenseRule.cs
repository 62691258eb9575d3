using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// JLLM0201: a model in a table with a license column, or one of its variants, has no license and does not
/// say that the license is undisclosed. (A license id missing from the registry is JLLM0103.)
/// </summary>
public sealed class MissingLicenseRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models)
        {
            if (!model.Licenses.IsEmpty || model.Undisclosed.Contains("licenses") || !context.ShowsColumn(model.Section, "licenses"))
            {
                continue;
            }

            var unlicensed = model.Variants.Select((variant, index) => (variant, index)).Where(pair => pair.variant.Licenses.IsEmpty).ToList();
            if (model.Variants.IsEmpty || unlicensed.Count == model.Variants.Count)
            {
                // Nothing anywhere: the finding is the record's, at its id (the missing key has no place of its own).
                reporter.Report(CatalogRules.MissingLicense, model, reporter.Locate(model).Id, model.Id, "");
                continue;
            }

            foreach (var (variant, index) in unlicensed)
            {
                var path = string.Format(CultureInfo.InvariantCulture, "variants[{0}]", index);
                reporter.Report(CatalogRules.MissingLicense, model, reporter.Locate(model).KeySpanOf(path + ".label"), model.Id, $" (variant '{variant.Label}')");
            }
        }
    }
}
