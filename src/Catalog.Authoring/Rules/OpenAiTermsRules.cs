using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>The OpenAI-terms caveat and the data sets that justify it, as both rules read them.</summary>
internal static class OpenAiTerms
{
    public const string Maker = "openai";

    public static FootnoteReference? Caveat(ModelRecord model, CatalogRuleContext context) =>
        model.Footnotes.Cast<FootnoteReference?>().FirstOrDefault(reference =>
            context.FootnotesById.TryGetValue(reference!.Value.FootnoteId, out var footnote) && footnote.OpenAiTermsCaveat);

    public static bool IsGeneratedByOpenAi(string datasetId, CatalogRuleContext context) =>
        context.Datasets.TryGetValue(datasetId, out var dataset) && dataset.GeneratedBy.Contains(Maker);
}

/// <summary>JLLM0204: a model trained on a data set generated with OpenAI models that carries no OpenAI-terms caveat.</summary>
public sealed class MissingOpenAiTermsCaveatRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        var caveatId = context.Footnotes.FirstOrDefault(footnote => footnote.OpenAiTermsCaveat)?.Id ?? "openai-terms";
        foreach (var model in context.Models.Where(model => OpenAiTerms.Caveat(model, context) is null))
        {
            for (var index = 0; index < model.Datasets.Count; index++)
            {
                var dataset = model.Datasets[index];
                if (OpenAiTerms.IsGeneratedByOpenAi(dataset.Id, context))
                {
                    reporter.Report(CatalogRules.MissingOpenAiTermsCaveat, model, dataset.Span, model.Id, dataset.Id, "OpenAI", caveatId, CatalogRules.MissingOpenAiTermsCaveat.Id);
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
            if (OpenAiTerms.Caveat(model, context) is { } caveat && !model.Datasets.Any(dataset => OpenAiTerms.IsGeneratedByOpenAi(dataset.Id, context)))
            {
                reporter.Report(CatalogRules.UnsupportedOpenAiTermsCaveat, model, caveat.Span, model.Id, caveat.FootnoteId);
            }
        }
    }
}
