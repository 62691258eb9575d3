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
    public static int Caveat(ModelRecord model, CatalogRuleContext context)
    {
        for (var index = 0; index < model.Footnotes.Count; index++)
        {
            if (context.FootnotesById.TryGetValue(model.Footnotes[index].FootnoteId, out var footnote) && footnote.OpenAiTermsCaveat)
            {
                return index;
            }
        }

        return -1;
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
                    reporter.Report(CatalogRules.MissingOpenAiTermsCaveat, model, reporter.Locate(model).ItemSpan("datasets", index), model.Id, dataset.Id, "OpenAI", caveatId, CatalogRules.MissingOpenAiTermsCaveat.Id);
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
