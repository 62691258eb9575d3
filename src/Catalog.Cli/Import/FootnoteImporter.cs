using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Upstream;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Builds the footnote registry: the catalog's own wording for each footnote the list refers to, in the
/// list's numbering order. A list footnote is known by what it says, not by its number: the footnotes registry
/// entry one of whose <c>list_phrases</c> its definition contains (in any language). Footnotes the list defines but
/// never refers to (orphans) are reported and left out, and so is a footnote no entry or several entries recognise.
/// </summary>
internal static class FootnoteImporter
{
    public static (IReadOnlyList<FootnoteEntry> Entries, IReadOnlyDictionary<string, string> IdsByNumber) Build(UpstreamList upstream, IReadOnlyList<FootnoteEntry> known, ImportReport report)
    {
        var documents = upstream.Readmes.Values.Distinct().Concat(new[] { upstream.ArchitecturePapers, upstream.TrainingPapers }.OfType<ListDocument>()).ToList();
        var referenced = new HashSet<string>(documents.SelectMany(ReferencedLabels));
        var idsByNumber = new Dictionary<string, string>();
        var entries = new List<FootnoteEntry>();

        foreach (var (language, document) in upstream.Readmes)
        {
            foreach (var definition in document.Footnotes.Where(definition => !referenced.Contains(definition.Label)))
            {
                report.Note(document.Path, definition.Line, $"footnote [^{definition.Label}] is defined but referenced nowhere in any language (an orphan): not carried into the footnote registry");
                if (language == Authoring.CatalogLanguage.Japanese)
                {
                    report.OrphanFootnotes.Add($"[^{definition.Label}] ({document.Path}:{definition.Line})");
                }
            }
        }

        foreach (var label in referenced.OrderBy(NumberOf).ThenBy(label => label, System.StringComparer.Ordinal))
        {
            var definitions = upstream.Readmes.Values.Distinct().SelectMany(document => document.Footnotes).Where(definition => definition.Label == label).Select(definition => definition.Text).ToList();
            var matches = known.Where(entry => entry.ListPhrases.Any(phrase => definitions.Any(text => text.Contains(phrase)))).ToList();
            if (matches.Count == 1 && !idsByNumber.ContainsValue(matches[0].Id))
            {
                idsByNumber[label] = matches[0].Id;
                entries.Add(matches[0] with { Path = "" });
                continue;
            }

            var place = documents.Select(document => (document, line: FirstLineReferring(document, label))).First(found => found.line > 0);
            report.Problem(place.document.Path, place.line, matches.Count switch
            {
                0 => $"footnote [^{label}] is none the catalog knows: add an entry to registries/footnotes.yaml in the catalog's words, with a phrase of the list's definition under list_phrases",
                1 => $"footnote [^{label}] reads like [^{idsByNumber.First(pair => pair.Value == matches[0].Id).Key}] ('{matches[0].Id}'); make the entry's list_phrases tell them apart",
                _ => $"footnote [^{label}] matches several footnotes of the registry ({string.Join(", ", matches.Select(entry => entry.Id))}); make their list_phrases tell them apart",
            });
        }

        return (entries, idsByNumber);
    }

    /// <summary>The list numbers its footnotes; a label that is not a number sorts after them.</summary>
    private static int NumberOf(string label) => int.TryParse(label, out var number) ? number : int.MaxValue;

    private static IEnumerable<string> ReferencedLabels(ListDocument document) =>
        document.Sections.SelectMany(SectionTexts).SelectMany(InlineSyntax.MarkerLabels);

    private static IEnumerable<string> SectionTexts(ListSection section)
    {
        yield return section.Heading;
        yield return section.Intro;
        yield return section.Outro;
        if (section.Table is { } table)
        {
            foreach (var cell in table.Header.Concat(table.Rows.SelectMany(row => row.Cells)))
            {
                yield return cell;
            }
        }
    }

    private static int FirstLineReferring(ListDocument document, string label)
    {
        foreach (var section in document.Sections)
        {
            if (SectionTexts(section).Any(text => InlineSyntax.MarkerLabels(text).Contains(label)))
            {
                return section.Table?.Rows.FirstOrDefault(row => row.Cells.Any(cell => InlineSyntax.MarkerLabels(cell).Contains(label)))?.Line ?? section.Line;
            }
        }

        return 0;
    }
}
