using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Rendering;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Turns the links of a variant list, in each language, into variants: the link target from the languages'
/// majority (a Hugging Face model repository becomes its repo id), the label per language where they differ.
/// </summary>
internal static class VariantListParser
{
    /// <summary>Finds where a trailing <c>([a](u), …)</c> list starts in a cell, or -1.</summary>
    public static int FindListStart(string cell)
    {
        for (var start = cell.IndexOf("([", System.StringComparison.Ordinal); start >= 0; start = cell.IndexOf("([", start + 1, System.StringComparison.Ordinal))
        {
            if (InlineSyntax.LinkList(cell.Substring(start)) is not null)
            {
                return start;
            }
        }

        return -1;
    }

    public static List<VariantRecord> Parse(PerLanguage<IReadOnlyList<MarkdownLink>?> lists, RowOrigin origin, ImportReport report, string field, ListWords words)
    {
        var master = lists.Ja ?? lists.En ?? lists.Fr;
        if (master is null)
        {
            return new List<VariantRecord>();
        }

        foreach (var language in PerLanguage<int>.Languages)
        {
            var list = lists[language];
            if (list is null || list.Count != master.Count || !list.Select(link => link.Url).SequenceEqual(master.Select(link => link.Url)))
            {
                report.Note(origin.Files[language], origin.Lines[language], $"{field}: the variant links differ from the Japanese row's; the catalog keeps the Japanese row's links");
            }
        }

        var variants = new List<VariantRecord>();
        for (var index = 0; index < master.Count; index++)
        {
            var labels = PerLanguage<int>.Languages.Select(language =>
                lists[language] is { } list && list.Count == master.Count ? list[index].Text : master[index].Text).ToList();
            var label = new LocalizedText(labels[0], labels[1], labels[2]);
            var url = master[index].Url;
            var repo = HuggingFaceLinks.RepoId(url);
            var (parameters, active) = SizeText.FromLabel(label.Japanese!);
            if (!url.StartsWith("http", System.StringComparison.Ordinal))
            {
                report.Problem(origin.File, origin.Line, $"{field}: the link '{url}' of variant '{label.Japanese}' is not a URL");
            }

            variants.Add(new VariantRecord(label.English!)
            {
                LocalizedLabel = label.IsSameInEveryLanguage ? null : label,
                HuggingFaceId = repo,
                Url = repo is null ? url : null,
                Parameters = parameters,
                ActiveParameters = active,
            });
        }

        return WithWeightFormats(variants, origin, report, field, words);
    }

    /// <summary>Each variant's weight format, read from its repository name among its family's (<see cref="WeightFormatClassifier"/>).</summary>
    private static List<VariantRecord> WithWeightFormats(List<VariantRecord> variants, RowOrigin origin, ImportReport report, string field, ListWords words)
    {
        var repos = variants.Where(variant => variant.HuggingFaceId is not null).Select(variant => variant.HuggingFaceId!).ToList();
        return variants.Select(variant =>
        {
            if (variant.HuggingFaceId is null)
            {
                return variant;
            }

            var reading = WeightFormatClassifier.Classify(variant.HuggingFaceId, repos, words);
            if (reading.Unclassified is { } name)
            {
                report.Note(origin.File, origin.Line, $"{field}: '{name}' looks quantized, but its name gives no weight format the catalog knows; it is kept as full precision (add 'format:' by hand)");
            }

            return variant with { Format = reading.Format, Bits = reading.Bits, QuantizedFrom = reading.QuantizedFrom };
        }).ToList();
    }
}
