using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>The OpenAI-terms caveat and the data sets that justify it, as both rules read them.</summary>
internal static class OpenAiTerms
{
    public const string Maker = "openai";

    /// <summary>The index of the model's caveat among its footnotes, or -1.</summary>
    public static int Caveat(ModelRecord model, CatalogRuleContext context) =>
        Caveat(model, id => context.FootnotesById.TryGetValue(id, out var footnote) && footnote.OpenAiTermsCaveat);

    /// <summary>
    /// The index of the model's caveat among its footnotes, or -1, where <paramref name="isCaveat"/> tells a caveat
    /// footnote by id: the rules ask the registry, the generator its set of caveat ids (for the usage attribute).
    /// </summary>
    public static int Caveat(ModelRecord model, System.Func<string, bool> isCaveat)
    {
        for (var index = 0; index < model.Footnotes.Count; index++)
        {
            if (isCaveat(model.Footnotes[index].FootnoteId))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Which training stages used the data set, and for which variants, as a clause of a message ("" when no stage names it).</summary>
    public static string WhereUsed(ModelRecord model, string datasetId)
    {
        var stages = model.Training.Where(stage => stage.Datasets.Any(dataset => dataset.Id == datasetId)).ToList();
        return stages.Count == 0 ? ""
            : "; used in " + string.Join(" and ", stages.Select(stage => "the " + stage.Stage + " stage" + (stage.AppliesTo is null ? "" : " of the variants '" + stage.AppliesTo + "'")));
    }

    public static bool IsGeneratedByOpenAi(string datasetId, CatalogRuleContext context) =>
        context.Datasets.TryGetValue(datasetId, out var dataset) && dataset.GeneratedBy.Contains(Maker);
}

/// <summary>JLLM0204: a model trained on a data set generated with OpenAI models that carries no OpenAI-terms caveat.</summary>
public sealed class MissingOpenAiTermsCaveatRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        var caveatId = context.Footnotes.FirstOrDefault(footnote => footnote.OpenAiTermsCaveat)?.Id ?? "openai-terms";
        foreach (var model in context.Models.Where(model => OpenAiTerms.Caveat(model, context) < 0))
        {
            for (var index = 0; index < model.Datasets.Count; index++)
            {
                var dataset = model.Datasets[index];
                if (OpenAiTerms.IsGeneratedByOpenAi(dataset.Id, context))
                {
                    reporter.Report(CatalogRules.MissingOpenAiTermsCaveat, model, reporter.Locate(model).ItemSpan("datasets", index), model.Id, dataset.Id, "OpenAI", caveatId, CatalogRules.MissingOpenAiTermsCaveat.Id, OpenAiTerms.WhereUsed(model, dataset.Id));
                    break;
                }
            }
        }
    }
}

/// <summary>JLLM0205 (info): a caveat that none of the model's data sets supports.</summary>
public sealed class UnsupportedOpenAiTermsCaveatRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models)
        {
            var caveat = OpenAiTerms.Caveat(model, context);
            if (caveat >= 0 && !model.Datasets.Any(dataset => OpenAiTerms.IsGeneratedByOpenAi(dataset.Id, context)))
            {
                reporter.Report(CatalogRules.UnsupportedOpenAiTermsCaveat, model, reporter.Locate(model).ItemSpan("footnotes", caveat), model.Id, model.Footnotes[caveat].FootnoteId);
            }
        }
    }
}

/// <summary>JLLM0222: a JLLM0204 suppression whose reason cites no https source a reviewer can check.</summary>
public sealed class UnsourcedCaveatSuppressionRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models)
        {
            for (var index = 0; index < model.Suppressions.Count; index++)
            {
                var suppression = model.Suppressions[index];
                if (suppression.RuleId == CatalogRules.MissingOpenAiTermsCaveat.Id && suppression.Reason.IndexOf("https://", System.StringComparison.Ordinal) < 0)
                {
                    reporter.Report(CatalogRules.UnsourcedCaveatSuppression, model, reporter.Locate(model).ItemSpan("suppress", index), model.Id, suppression.RuleId);
                }
            }
        }
    }
}

/// <summary>JLLM0223: a data set in <c>caveat_added_for</c> that is not the model's, not OpenAI-generated, or without the caveat on the row.</summary>
public sealed class CaveatAddedWithoutCauseRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models)
        {
            for (var index = 0; index < model.CaveatAddedFor.Count; index++)
            {
                var dataset = model.CaveatAddedFor[index].Id;
                var cause = !model.Datasets.Any(reference => reference.Id == dataset) ? "it is not among the model's 'datasets'"
                    : !OpenAiTerms.IsGeneratedByOpenAi(dataset, context) ? "the data-set registry does not mark it 'generated_by: openai'"
                    : OpenAiTerms.Caveat(model, context) < 0 ? "the row carries no OpenAI-terms caveat"
                    : null;
                if (cause is not null)
                {
                    reporter.Report(CatalogRules.CaveatAddedWithoutCause, model, reporter.Locate(model).ItemSpan("caveat_added_for", index), model.Id, dataset, cause);
                }
            }
        }
    }
}
