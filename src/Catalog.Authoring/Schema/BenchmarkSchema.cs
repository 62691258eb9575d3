using System.Linq;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>A benchmark record file (<c>kind: benchmark</c>): an evaluation benchmark or data set for Japanese models.</summary>
public static class BenchmarkSchema
{
    /// <summary>The cells of a benchmark row that a <c>&lt;field&gt;_text</c> key may write out or a footnote may annotate.</summary>
    public static readonly string[] DisplayFields = { "name", "description", "developers" };

    public static readonly SchemaObject Record = new(
        "benchmark",
        "An evaluation benchmark or data set: one row of the list's benchmark tables.",
        new[]
        {
            CommonProperties.Kind("benchmark"),
            CommonProperties.Id("benchmark", "jglue"),
            CommonProperties.Section("benchmark"),
            new SchemaProperty("name", ValueShape.LocalizedText, "The benchmark's name as the list shows it.") { Required = true },
            CommonProperties.LocalizedUrl("benchmark's page the name links to"),
            new SchemaProperty("anchor", ValueShape.Text, "The HTML anchor the list gives the row, so other rows can link to it."),
            new SchemaProperty("description", ValueShape.LocalizedText, "What the benchmark measures, per language, as plain text (links go in 'links')."),
            new SchemaProperty("developers", ValueShape.IdList, "Developer ids (registries/developers.yaml).") { References = "developers" },
            new SchemaProperty("footnotes", ValueShape.FootnoteMap, "Footnotes attached to cells: a mapping from the cell's field to a footnote id (registries/footnotes.yaml) or a list of them.") { Values = DisplayFields, References = "footnotes" },
            CommonProperties.Order("in its section"),
            CommonProperties.Links(),
        }.Concat(CommonProperties.DisplayTexts(DisplayFields)).Append(CommonProperties.OtherColumns()).ToArray());

    public static readonly SchemaFile File = new("benchmark", "Japanese LLM catalog: benchmark record", Record);
}
