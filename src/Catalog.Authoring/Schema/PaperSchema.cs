using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>A paper record file (<c>kind: paper</c>): the original paper of an architecture or a training method.</summary>
public static class PaperSchema
{
    private static readonly RecordAccess<PaperRecord> Of = new();

    public static readonly SchemaObject Record = new(
        "paper",
        "The original paper of an architecture or a training method: one row of the list's paper tables.",
        new[]
        {
            CommonProperties.Kind("paper"),
            CommonProperties.Id("paper", "transformer"),
            CommonProperties.Section("paper", Of.Member(p => p.Section, (p, section) => p with { Section = section })),
            CommonProperties.Order("among papers of its section with the same date", Of.Member(p => p.Order, (p, order) => p with { Order = order })),
            new SchemaProperty("name", ValueShape.LocalizedText, "What the paper introduced (Transformer, DPO, …).") { Required = true, Access = Of.Member(p => p.Name, (p, name) => p with { Name = name }) },
            new SchemaProperty("published", ValueShape.Date, "First publication date, yyyy-MM-dd; the table lists papers oldest first.") { Access = Of.Member(p => p.Published, (p, date) => p with { Published = date }) },
            new SchemaProperty("venue", ValueShape.Text, "The venue (NeurIPS 2017, …); leave it out for a preprint.") { Access = Of.Member(p => p.Venue, (p, venue) => p with { Venue = venue }) },
            new SchemaProperty("title", ValueShape.Text, "The paper's title.") { Required = true, Access = Of.Member(p => p.Title, (p, title) => p with { Title = title }) },
            new SchemaProperty("url", ValueShape.Text, "Where the paper is published (arXiv, the proceedings).") { Link = true, Access = Of.Member(p => p.Url, (p, url) => p with { Url = url }) },
        });

    public static readonly SchemaFile File = new("paper", "Japanese LLM catalog: paper record", Record);
}
