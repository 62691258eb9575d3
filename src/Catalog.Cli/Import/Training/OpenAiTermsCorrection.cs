using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import.Training;

/// <summary>
/// Where a row's training data names data sets generated with OpenAI models and the list gives the row no OpenAI-terms
/// caveat, the catalog gives it one: the caveat footnote on the license cell, and the data sets that call for it in
/// <c>caveat_added_for</c> (their registry entries hold the source of the claim). A record that suppresses JLLM0204 with a
/// reason keeps the list's cell as it is.
/// </summary>
internal static class OpenAiTermsCorrection
{
    public const string Maker = "openai";

    public const string MissingCaveatRule = "JLLM0204";

    /// <summary>"alpaca (instruction-tuning, variants NC; source https://…)" for each data set, for the import report.</summary>
    public static string Describe(IReadOnlyList<string> datasetIds, IReadOnlyList<TrainingStage> training, DatasetKnowledge knowledge) =>
        string.Join("; ", datasetIds.Select(id =>
        {
            var uses = training.Where(stage => stage.Datasets.Any(dataset => dataset.Id == id))
                .Select(stage => stage.AppliesTo is null ? stage.Stage : $"{stage.Stage}, variants {stage.AppliesTo}")
                .Distinct()
                .ToList();
            var source = knowledge.All.First(entry => entry.Id == id).GeneratedBySource;
            return $"{id} ({(uses.Count == 0 ? "stage not stated" : string.Join("; ", uses))}; generated with OpenAI models, source {source})";
        }));

    /// <summary>The OpenAI-generated data sets among <paramref name="datasetIds"/> that call for a caveat the row lacks; empty when none does.</summary>
    public static IReadOnlyList<string> DatasetsCallingForCaveat(
        IReadOnlyList<string> datasetIds, IEnumerable<string> rowFootnotes, IReadOnlyCollection<string> caveats, DatasetKnowledge knowledge, bool suppressed)
    {
        if (suppressed || caveats.Count == 0 || rowFootnotes.Any(caveats.Contains))
        {
            return System.Array.Empty<string>();
        }

        var generated = knowledge.All.Where(entry => entry.GeneratedBy.Contains(Maker)).Select(entry => entry.Id).ToHashSet(System.StringComparer.Ordinal);
        return datasetIds.Where(generated.Contains).ToList();
    }
}
