using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Upstream;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Builds the footnote registry: the catalog's own wording for each footnote the list refers to, in the
/// list's numbering order. Footnotes the list defines but never refers to (orphans) are reported and left out.
/// </summary>
internal static class FootnoteImporter
{
    public static (IReadOnlyList<FootnoteEntry> Entries, IReadOnlyDictionary<string, string> IdsByNumber) Build(UpstreamList upstream, ImportReport report)
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
                if (language == Authoring.Language.Ja)
                {
                    report.OrphanFootnotes.Add($"[^{definition.Label}] ({document.Path}:{definition.Line})");
                }
            }
        }

        foreach (var words in FootnoteWording.All)
        {
            if (!referenced.Contains(words.UpstreamNumber))
            {
                continue;
            }

            idsByNumber[words.UpstreamNumber] = words.Id;
            entries.Add(new FootnoteEntry(words.Id, "") { Text = words.Text, OpenAiTermsCaveat = words.OpenAiTermsCaveat });
        }

        foreach (var label in referenced.Where(label => !idsByNumber.ContainsKey(label)).OrderBy(label => label, System.StringComparer.Ordinal))
        {
            var place = documents.Select(document => (document, line: FirstLineReferring(document, label))).First(found => found.line > 0);
            report.Problem(place.document.Path, place.line, $"footnote [^{label}] has no catalog wording (add it to FootnoteWording)");
        }

        return (entries, idsByNumber);
    }

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
