using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>A benchmark record file (<c>kind: benchmark</c>): an evaluation benchmark or data set for Japanese models.</summary>
public static class BenchmarkSchema
{
    /// <summary>The cells of a benchmark row that a <c>&lt;field&gt;_text</c> key may write out or a footnote may annotate.</summary>
    public static readonly string[] DisplayFields = { "name", "description", "developers" };

    private static readonly RecordAccess<BenchmarkRecord> Of = new();

    public static readonly SchemaObject Record = new(
        "benchmark",
        "An evaluation benchmark or data set: one row of the list's benchmark tables.",
        new[]
        {
            CommonProperties.Kind("benchmark"),
            CommonProperties.Id("benchmark", "jglue"),
            CommonProperties.Section("benchmark", Of.Member(b => b.Section)),
            CommonProperties.Order("in its section", Of.Member(b => b.Order)),
            new SchemaProperty("name", ValueShape.LocalizedText, "The benchmark's name as the list shows it.") { Required = true, Access = Of.Member(b => b.Name) },
            CommonProperties.LocalizedUrl("benchmark's page the name links to", Of.Member(b => new LocalizedString(b.Url, b.LocalizedUrl), (b, url) => b with { Url = url.Value, LocalizedUrl = url.PerLanguage })),
            new SchemaProperty("anchor", ValueShape.Text, "The HTML anchor the list gives the row, so other rows can link to it.") { Access = Of.Member(b => b.Anchor) },
            new SchemaProperty("description", ValueShape.LocalizedText, "What the benchmark measures, per language, as plain text (links go in 'links').") { Access = Of.Member(b => b.Description) },
            new SchemaProperty("developers", ValueShape.IdList, "Developer ids (registries/developers.yaml).") { References = "developers", Access = Of.Member(b => b.Developers) },
            new SchemaProperty("footnotes", ValueShape.FootnoteMap, "Footnotes attached to cells: a mapping from the cell's field to a footnote id (registries/footnotes.yaml) or a list of them.") { Values = DisplayFields, References = "footnotes", Access = Of.Member(b => b.Footnotes) },
        }
        .Concat(CommonProperties.DisplayTexts(DisplayFields, Of, b => b.DisplayTexts, (b, texts) => b with { DisplayTexts = texts }))
        .Append(CommonProperties.OtherColumns(Of.Member(b => b.OtherColumns)))
        .Append(CommonProperties.Links()).ToArray());

    public static readonly SchemaFile File = new("benchmark", "Japanese LLM catalog: benchmark record", Record);
}
