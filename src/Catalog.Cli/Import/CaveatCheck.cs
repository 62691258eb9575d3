using System.Linq;
using JapaneseLlm.Catalog.Authoring.Rules;
using JapaneseLlm.Catalog.Cli.Catalog;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Counts the rows that carry the OpenAI-terms caveat, for the import report, by the test the rules and the
/// generator's usage attribute apply (<c>OpenAiTerms.Caveat</c>). Whether each caveat is justified by its data sets
/// is the rules' question (JLLM0204, JLLM0205), asked by <c>jllm check</c>.
/// </summary>
internal static class CaveatCheck
{
    public static void Report(CatalogContent catalog, ImportReport report)
    {
        var caveats = catalog.Footnotes.Where(footnote => footnote.OpenAiTermsCaveat).Select(footnote => footnote.Id).ToHashSet();
        var withCaveat = catalog.Models.Count(model => OpenAiTerms.Caveat(model, caveats.Contains) >= 0);
        report.Note("catalog", 0, $"{withCaveat} model rows carry the OpenAI-terms caveat; `jllm check` tells whether their data sets justify it");
    }
}
