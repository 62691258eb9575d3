using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>A benchmark row while it is being read.</summary>
internal sealed class BenchmarkDraft
{
    public BenchmarkDraft(RowOrigin origin) => Origin = origin;

    public RowOrigin Origin { get; }

    public LocalizedText Name { get; set; } = LocalizedText.Same("");

    public string? Url { get; set; }

    public LocalizedText? LocalizedUrl { get; set; }

    public string? Anchor { get; set; }

    public LocalizedText? Description { get; set; }

    public List<DeveloperMention> Developers { get; } = new();

    public List<(string Field, string FootnoteId)> Footnotes { get; } = new();

    /// <summary>Cells of columns the catalog has no field for, by column key.</summary>
    public List<FieldText> OtherColumns { get; } = new();

    public BenchmarkRecord ToRecord(string id, string section, int order, IReadOnlyList<string> developerIds) =>
        new(id, "")
        {
            Section = section,
            Order = order,
            Name = Name,
            Url = Url,
            LocalizedUrl = LocalizedUrl,
            Anchor = Anchor,
            Description = Description,
            Developers = developerIds.Select(developer => new EntryReference(developer)).ToEquatableArray(),
            Footnotes = Footnotes.Select(footnote => new FootnoteReference(footnote.Field, footnote.FootnoteId)).ToEquatableArray(),
            OtherColumns = OtherColumns.ToEquatableArray(),
        };
}
