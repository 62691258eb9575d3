using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Rendering;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// The catalog's section for each of the list's headings, and what the section says about its table (record kind,
/// category, ordering), read from the sections registry (<see cref="ImportKnowledge"/>): a heading is known by its
/// anchor or, for the few headings without one, by its parent and English heading. A heading the registry does not
/// know still imports, under an id made from its English heading, with what the rules below give, and the report
/// says so.
/// </summary>
internal sealed class SectionPlan
{
    private readonly Dictionary<string, SectionEntry> byAnchor = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, SectionEntry> byHeading = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, SectionEntry> byId = new(System.StringComparer.Ordinal);

    public SectionPlan(IEnumerable<SectionEntry> sections)
    {
        foreach (var section in sections)
        {
            byId[section.Id] = section;
            if (section.Anchor is { } anchor)
            {
                byAnchor[anchor] = section;
            }

            byHeading[HeadingKey(section.Parent, InlineSyntax.PlainText(section.Heading.English ?? ""))] = section;
        }
    }

    public string? IdFor(string? anchor, string? parentId, string englishHeading) =>
        anchor is not null && byAnchor.TryGetValue(anchor, out var byItsAnchor) ? byItsAnchor.Id
        : byHeading.TryGetValue(HeadingKey(parentId, englishHeading), out var byItsHeading) ? byItsHeading.Id
        : null;

    /// <summary>The model category a section sets for everything under it.</summary>
    public ModelCategory? CategoryFor(string id) => byId.TryGetValue(id, out var section) ? section.Category : null;

    /// <summary>How the models of a section derive from their bases, as the registry says; null where it says nothing.</summary>
    public string? BaseRelationFor(string id) => byId.TryGetValue(id, out var section) ? section.BaseRelation : null;

    /// <summary>The kind of record a section's table lists: as the registry says, else by the part of the list it is in.</summary>
    public string RecordKindFor(string id) =>
        byId.TryGetValue(id, out var section) && section.RecordKind is { } kind ? kind
        : id.StartsWith("benchmarks", System.StringComparison.Ordinal) ? "benchmark"
        : id.StartsWith("papers", System.StringComparison.Ordinal) ? "paper"
        : "model";

    /// <summary>
    /// The order of a section's rows: as the registry says; for a section it does not know, the list's rules
    /// (CONTRIBUTING and AGENTS): generative models by descending size, papers by date, others in the list's order.
    /// </summary>
    public string OrderingFor(string id) =>
        byId.TryGetValue(id, out var section) && section.Ordering is { } ordering ? ordering
        : id.StartsWith("papers", System.StringComparison.Ordinal) ? RecordOrdering.Published
        : id.StartsWith("text-generation/", System.StringComparison.Ordinal) || id.StartsWith("vision-language/image-to-text/", System.StringComparison.Ordinal) ? RecordOrdering.ParametersDescending
        : RecordOrdering.CatalogOrder;

    private static string HeadingKey(string? parentId, string englishHeading) => (parentId ?? "") + "|" + englishHeading;
}
