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
            CommonProperties.Section("paper", Of.Member(p => p.Section)),
            CommonProperties.Order("among papers of its section with the same date", Of.Member(p => p.Order)),
            new SchemaProperty("name", ValueShape.LocalizedText, "What the paper introduced (Transformer, DPO, …).") { Required = true, Access = Of.Member(p => p.Name) },
            new SchemaProperty("published", ValueShape.Date, "First publication date, yyyy-MM-dd; the table lists papers oldest first.") { Access = Of.Member(p => p.Published) },
            new SchemaProperty("venue", ValueShape.Text, "The venue (NeurIPS 2017, …); leave it out for a preprint.") { Access = Of.Member(p => p.Venue) },
            new SchemaProperty("title", ValueShape.Text, "The paper's title.") { Required = true, Access = Of.Member(p => p.Title) },
            new SchemaProperty("url", ValueShape.Text, "Where the paper is published (arXiv, the proceedings).") { Link = true, Access = Of.Member(p => p.Url) },
        });

    public static readonly SchemaFile File = new("paper", "Japanese LLM catalog: paper record", Record);
}
