using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Findings of the catalog's content rules on rows of the list that the catalog keeps as the list writes them, each
/// with its reason: the <c>suppress:</c> entries of the catalog's records. A fresh import gives each record the
/// suppressions its namesake had, so the reason stays next to the data; when the list changes and a finding goes
/// away, JLLM0219 reports the stale entry.
/// </summary>
internal sealed class ReviewedFindings
{
    private readonly Dictionary<string, EquatableArray<RuleSuppression>> byModel;

    public ReviewedFindings(IEnumerable<ModelRecord> models) =>
        byModel = models.Where(model => model.Suppressions.Count > 0).ToDictionary(model => model.Id, model => model.Suppressions, System.StringComparer.Ordinal);

    /// <summary>Whether the catalog's record of <paramref name="modelId"/> suppresses <paramref name="ruleId"/> (with a reason).</summary>
    public bool Suppresses(string modelId, string ruleId) =>
        byModel.TryGetValue(modelId, out var suppressions) && suppressions.Any(suppression => suppression.RuleId == ruleId);

    public IReadOnlyList<ModelRecord> Apply(IReadOnlyList<ModelRecord> models, ImportReport report)
    {
        var produced = models.Select(model => model.Id).ToHashSet(System.StringComparer.Ordinal);
        foreach (var unknown in byModel.Keys.Where(id => !produced.Contains(id)).OrderBy(id => id, System.StringComparer.Ordinal))
        {
            report.Note("suppress", 0, $"reviewed findings of model '{unknown}' are not carried over: the import no longer produces it");
        }

        return models
            .Select(model => byModel.TryGetValue(model.Id, out var suppressions)
                ? model with { Suppressions = suppressions.Select(suppression => new RuleSuppression(suppression.RuleId, suppression.Reason)).ToEquatableArray() }
                : model)
            .ToList();
    }
}
