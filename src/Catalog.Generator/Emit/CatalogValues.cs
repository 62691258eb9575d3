using System;
using System.Globalization;
using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>The values several records write as C# expressions: localized texts, references into the tables, footnotes, dates.</summary>
internal static class CatalogValues
{
    /// <summary>
    /// Writes <c>new __C.Model(new __C.ModelValues</c>, to be followed by an object initializer: records are built
    /// from their values objects, whose shape (unlike a constructor's) survives a field added to the runtime library,
    /// so a consumer's compiled catalog keeps binding to a newer JapaneseLlm.Catalog.
    /// </summary>
    public static SourceWriter NewRecord(this SourceWriter writer, string type) =>
        writer.Append("new __C.").Append(type).Append("(new __C.").Append(type).Append("Values");

    /// <summary>
    /// Opens a record's factory, whose object initializer takes one member per line (<see cref="SourceWriter.Member"/>);
    /// <see cref="CloseInitializer"/> closes it.
    /// </summary>
    public static SourceWriter OpenFactory(this SourceWriter writer, string type, string identifier)
    {
        writer.StartLine().Append("private static __C.").Append(type).Append(" Create").Append(identifier).Append("() => ").NewRecord(type).EndLine();
        return writer.OpenInitializer();
    }

    /// <summary>Opens a multi-line object initializer after <see cref="NewRecord"/>.</summary>
    public static SourceWriter OpenInitializer(this SourceWriter writer) => writer.Line("{").Indent();

    /// <summary>Closes the initializer and the record's constructor call: <c>});</c>.</summary>
    public static SourceWriter CloseInitializer(this SourceWriter writer) => writer.CloseBlock(");");

    // A member whose value is the default a record gets when it is unset (null, an empty list, false) is not written:
    // the factories are JIT-compiled when a record is first read, and every member set costs IL there.

    /// <summary>A factory's <c>Name = value,</c> line for an optional string, none for null.</summary>
    public static SourceWriter Optional(this SourceWriter writer, string name, string? value) =>
        value is null ? writer : writer.Member(name).Literal(value).EndLine(",");

    /// <summary>A factory's <c>Name = 7000000000L,</c> line for an optional number, none for null.</summary>
    public static SourceWriter Optional(this SourceWriter writer, string name, long? value) =>
        value is null ? writer : writer.Member(name).Literal(value).EndLine(",");

    /// <summary>A factory's line for an optional text, none for null.</summary>
    public static SourceWriter Optional(this SourceWriter writer, string name, LocalizedText? text) =>
        text is null ? writer : writer.Member(name).Text(text).EndLine(",");

    /// <summary>A factory's line for an optional <c>yyyy-mm-dd</c> date, none for null.</summary>
    public static SourceWriter OptionalDate(this SourceWriter writer, string name, string? date) =>
        date is null ? writer : writer.Member(name).Date(date).EndLine(",");

    /// <summary>A factory's line for a list, none for an empty one.</summary>
    public static SourceWriter Optional<TItem>(this SourceWriter writer, string name, EquatableArray<TItem> items, Func<SourceWriter, EquatableArray<TItem>, SourceWriter> writeList)
        where TItem : IEquatable<TItem> =>
        items.Count == 0 ? writer : writeList(writer.Member(name), items).EndLine(",");

    /// <summary><c>, Name = "value"</c> in a one-line initializer, nothing for null.</summary>
    public static SourceWriter InlineOptional(this SourceWriter writer, string name, string? value) =>
        value is null ? writer : writer.InlineMember(name).Literal(value);

    /// <summary><c>, Name = 7000000000L</c> in a one-line initializer, nothing for null.</summary>
    public static SourceWriter InlineOptional(this SourceWriter writer, string name, long? value) =>
        value is null ? writer : writer.InlineMember(name).Literal(value);

    /// <summary><c>, Name = true</c> in a one-line initializer, nothing for false.</summary>
    public static SourceWriter InlineOptional(this SourceWriter writer, string name, bool value) =>
        value ? writer.InlineMember(name).Literal(true) : writer;

    /// <summary><c>, Name = new T[] { … }</c> in a one-line initializer, nothing for an empty list.</summary>
    public static SourceWriter InlineOptional<TItem>(this SourceWriter writer, string name, EquatableArray<TItem> items, Func<SourceWriter, EquatableArray<TItem>, SourceWriter> writeList)
        where TItem : IEquatable<TItem> =>
        items.Count == 0 ? writer : writeList(writer.InlineMember(name), items);

    public static SourceWriter Text(this SourceWriter writer, LocalizedText? text) =>
        text is null
            ? writer.Append("null")
            : writer.Append("new __C.LocalizedText(").Literal(text.Ja).Append(", ").Literal(text.En).Append(", ").Literal(text.Fr).Append(')');

    /// <summary>A name every record has: non-null in every language for consumers (<c>LocalizedName</c>).</summary>
    public static SourceWriter Name(this SourceWriter writer, LocalizedText text) =>
        writer.Append("new __C.LocalizedName(").Literal(text.Ja).Append(", ").Literal(text.En).Append(", ").Literal(text.Fr).Append(')');

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
