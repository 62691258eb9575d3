using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Checks the OpenAI-terms caveat against the data: each row that carries it should name a data set
/// generated with OpenAI models, and rows naming such data without the caveat are worth a look.
/// </summary>
internal static class CaveatCheck
{
    public static void Report(CatalogContent catalog, ImportReport report)
    {
        var caveats = catalog.Footnotes.Where(footnote => footnote.OpenAiTermsCaveat).Select(footnote => footnote.Id).ToHashSet();
        var generated = catalog.Datasets.Where(dataset => dataset.GeneratedBy.Contains("openai")).Select(dataset => dataset.Id).ToHashSet();
        var withCaveat = 0;
        foreach (var model in catalog.Models)
        {
            var hasCaveat = model.Footnotes.Any(footnote => footnote.Field == "licenses" && caveats.Contains(footnote.FootnoteId));
            var hasGeneratedData = model.Datasets.Any(dataset => generated.Contains(dataset.Id));
            if (hasCaveat)
            {
                withCaveat++;
                if (!hasGeneratedData)
                {
                    report.Note(model.Section, 0, $"model '{model.Id}' carries the OpenAI-terms caveat but its training data names no known OpenAI-generated data set");
                }
            }
            else if (hasGeneratedData)
            {
                report.Note(model.Section, 0, $"model '{model.Id}' names OpenAI-generated data ({string.Join(", ", model.Datasets.Select(dataset => dataset.Id))}) but carries no OpenAI-terms caveat");
            }
        }

        report.Note("catalog", 0, $"{withCaveat} model rows carry the OpenAI-terms caveat");
    }
}
