using System.Collections.Generic;
using System.Globalization;
using JapaneseLlm.Catalog.Authoring.Diagnostics;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// JLLM0105: a model that is its own ancestor through its <c>base_models</c> (directly, through other records or
/// through foreign base models). Reported at the link that starts the cycle. The runtime's lineage stops at a
/// repeat, so a cycle costs no more than a wrong fact.
/// </summary>
public sealed class LineageCycleRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models)
        {
            for (var index = 0; index < model.BaseModels.Count; index++)
            {
                var start = model.BaseModels[index].Model;
                var chain = start == model.Id ? new List<string> { model.Id } : Lineage.PathTo(start, model.Id, context);
                if (chain is null)
                {
                    continue;
                }

                chain.Insert(0, model.Id);
                var span = reporter.Locate(model).ValueSpanOf(string.Format(CultureInfo.InvariantCulture, "base_models[{0}].model", index));
                reporter.Report(CatalogRules.CyclicLineage, model, span, model.Id, string.Join(" -> ", chain));
                break;
            }
        }
    }
}
