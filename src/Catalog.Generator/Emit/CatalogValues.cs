using System.Globalization;
using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>The values several records write as C# expressions: localized texts, references into the tables, footnotes, dates.</summary>
internal static class CatalogValues
{
    public static SourceWriter Text(this SourceWriter writer, LocalizedText? text) =>
        text is null
            ? writer.Append("null")
            : writer.Append("new __C.LocalizedText(").PlainLiteral(text.Japanese).Append(", ").PlainLiteral(text.English).Append(", ").PlainLiteral(text.French).Append(')');

    /// <summary>Links per language: written as they are, not reduced to plain text as texts are.</summary>
    public static SourceWriter Links(this SourceWriter writer, LocalizedText links) =>
        writer.Append("new __C.LocalizedText(").Literal(links.Japanese).Append(", ").Literal(links.English).Append(", ").Literal(links.French).Append(')');

    /// <summary>A name every record has: non-null in every language for consumers (<c>LocalizedName</c>).</summary>
    public static SourceWriter Name(this SourceWriter writer, LocalizedText text) =>
        writer.Append("new __C.LocalizedName(").PlainLiteral(text.Japanese).Append(", ").PlainLiteral(text.English).Append(", ").PlainLiteral(text.French).Append(')');

    /// <summary>A text of the list as the runtime hands it out: plain text (issue 14), or null where the YAML has none.</summary>
    public static SourceWriter PlainLiteral(this SourceWriter writer, string? markdown) =>
        writer.Literal(markdown is null ? null : Authoring.Text.PlainText.FromMarkdown(markdown));

    public static SourceWriter Strings(this SourceWriter writer, EquatableArray<string> values) =>
        writer.Array("string", values, static (item, value) => item.Literal(value));

    public static SourceWriter Developers(this SourceWriter writer, EquatableArray<ReferenceSpec> developers) =>
        writer.Array("__C.Developer", developers, static (item, developer) => item.TableEntry("DeveloperTable", developer.Index));

    public static SourceWriter Licenses(this SourceWriter writer, EquatableArray<LicenseReferenceSpec> licenses) =>
        writer.Array("__C.License", licenses, static (item, license) => item.TableEntry("LicenseTable", license.License.Index));

    public static SourceWriter Datasets(this SourceWriter writer, EquatableArray<ReferenceSpec> datasets) =>
        writer.Array("__C.Dataset", datasets, static (item, dataset) => item.TableEntry("DatasetTable", dataset.Index));

    public static SourceWriter Footnotes(this SourceWriter writer, EquatableArray<FootnoteAttachmentSpec> footnotes) =>
        writer.Array("__C.FootnoteAttachment", footnotes, static (item, attachment) => item
            .NewRecord("FootnoteAttachment").Append(" { Field = ").Literal(attachment.Field)
            .Append(", Footnote = ").TableEntry("FootnoteTable", attachment.Footnote.Index).Append(" })"));

    /// <summary>The record at <paramref name="index"/> of a table: <c>DeveloperTable.Get(3)</c>.</summary>
    public static SourceWriter TableEntry(this SourceWriter writer, string table, int index) =>
        writer.Append(table).Append(".Get(").Integer(index).Append(')');

    /// <summary>A validated <c>yyyy-mm-dd</c> date as <c>new DateTime(y, m, d)</c>.</summary>
    public static SourceWriter Date(this SourceWriter writer, string? date)
    {
        if (date is null)
        {
            return writer.Append("null");
        }

        var parts = date.Split('-');
        return writer.Append("new __S.DateTime(")
            .Integer(int.Parse(parts[0], CultureInfo.InvariantCulture)).Append(", ")
            .Integer(int.Parse(parts[1], CultureInfo.InvariantCulture)).Append(", ")
            .Integer(int.Parse(parts[2], CultureInfo.InvariantCulture)).Append(')');
    }
}
