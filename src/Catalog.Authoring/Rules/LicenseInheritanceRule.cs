using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// JLLM0221 (info): a model stated under a license more permissive than its base's, by what the base's license
/// requires of derivatives (<c>derivatives:</c> in registries/licenses.yaml): one that must keep the license
/// (<c>keep-license</c>, <c>share-alike</c>) is missing from the model's licenses, or a non-commercial one
/// (<c>non-commercial</c>, or commercial use not allowed) has a model usable commercially. Reported at the
/// model's licenses. Info: the registry summarises terms that a model card may override (a separate agreement,
/// a base the card names more precisely), so the finding asks for a look, and a reviewed one is suppressed in
/// the record with the card's statement.
/// </summary>
public sealed class LicenseInheritanceRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models.Where(model => !model.BaseModels.IsEmpty && !model.Licenses.IsEmpty))
        {
            var stated = model.Licenses.Select(reference => reference.Id).ToList();
            var finding = model.BaseModels
                .Select(link => link.Model)
                .Distinct()
                .SelectMany(baseId => Lineage.LicensesOf(baseId, context).Select(licenseId => (baseId, licenseId)))
                .Select(pair => (pair.baseId, pair.licenseId, why: Violation(pair.licenseId, stated, context)))
                .FirstOrDefault(candidate => candidate.why is not null);
            if (finding.why is null)
            {
                continue;
            }

            reporter.Report(
                CatalogRules.LicenseMorePermissiveThanBase,
                model,
                reporter.Locate(model).ItemSpan("licenses", 0),
                model.Id,
                string.Join(", ", stated),
                finding.baseId,
                finding.licenseId,
                finding.why,
                CatalogRules.LicenseMorePermissiveThanBase.Id);
        }
    }

    /// <summary>What the derivative's <paramref name="stated"/> licenses drop of <paramref name="baseLicenseId"/>'s terms, or null.</summary>
    private static string? Violation(string baseLicenseId, IReadOnlyList<string> stated, CatalogRuleContext context)
    {
        if (!context.LicensesById.TryGetValue(baseLicenseId, out var baseLicense) || stated.Contains(baseLicenseId))
        {
            return null;
        }

        var terms = baseLicense.Derivatives;
        if (terms.Contains("keep-license") || terms.Contains("share-alike"))
        {
            return "requires derivatives to keep it";
        }

        var nonCommercial = terms.Contains("non-commercial") || baseLicense.CommercialUse == CommercialUse.NotAllowed;
        return nonCommercial && stated.All(id => context.LicensesById.TryGetValue(id, out var license) && license.CommercialUse is CommercialUse.Allowed or CommercialUse.Conditional)
            ? "does not allow commercial use"
            : null;
    }
}
