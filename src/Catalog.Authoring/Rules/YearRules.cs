using System.Globalization;
using JapaneseLlm.Catalog.Authoring.Diagnostics;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>JLLM0215: a model's year or announcement date after the current year.</summary>
public sealed class FutureYearRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models)
        {
            if (model.Year is { } year && year > context.CurrentYear)
            {
                reporter.Report(CatalogRules.FutureYear, model, reporter.Locate(model).ValueSpanOf("year"), model.Id, "year", year, context.CurrentYear);
            }

            if (AnnouncedYear(model.Announced) is { } announced && announced > context.CurrentYear)
            {
                reporter.Report(CatalogRules.FutureYear, model, reporter.Locate(model).ValueSpanOf("announced"), model.Id, "announced", model.Announced!, context.CurrentYear);
            }
        }
    }

    internal static int? AnnouncedYear(string? announced) =>
        announced is { Length: >= 4 } && int.TryParse(announced.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}

/// <summary>
/// JLLM0216: an announcement dated after the row's year. The year is the newest release's, so an
/// earlier announcement is normal (an older version) but a later one means one of the two is wrong.
/// </summary>
public sealed class AnnouncedAfterYearRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models)
        {
            if (FutureYearRule.AnnouncedYear(model.Announced) is { } announced && model.Year is { } year && announced > year)
            {
                reporter.Report(CatalogRules.AnnouncedInAnotherYear, model, reporter.Locate(model).ValueSpanOf("announced"), model.Id, model.Announced!, year);
            }
        }
    }
}
