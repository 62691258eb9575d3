using System;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>
/// How generated code builds a record: <c>new __C.Model(new __C.ModelValues { Id = …, … })</c>, one member per line
/// in a factory, or on one line for the small records inside one (variants, context lengths, registry entries).
/// </summary>
/// <remarks>
/// A member whose value is the default a record gets when it is unset (null, an empty list, false) is not written:
/// the factories are JIT-compiled when a record is first read, and every member set costs IL there
/// (docs/performance.md, item 12).
/// </remarks>
internal static class RecordInitializer
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

    /// <summary>A factory's <c>Name = value,</c> line for an optional string, none for null.</summary>
    public static SourceWriter Optional(this SourceWriter writer, string name, string? value) =>
        value is null ? writer : writer.Member(name).Literal(value).EndLine(",");

    /// <summary>A factory's line for an optional text the list writes in markdown, as plain text; none for null.</summary>
    public static SourceWriter OptionalText(this SourceWriter writer, string name, string? markdown) =>
        markdown is null ? writer : writer.Member(name).PlainLiteral(markdown).EndLine(",");

    /// <summary>A factory's <c>Name = 7000000000L,</c> line for an optional number, none for null.</summary>
    public static SourceWriter Optional(this SourceWriter writer, string name, long? value) =>
        value is null ? writer : writer.Member(name).Literal(value).EndLine(",");

    /// <summary>A factory's line for an optional text, none for null.</summary>
    public static SourceWriter Optional(this SourceWriter writer, string name, LocalizedText? text) =>
        text is null ? writer : writer.Member(name).Text(text).EndLine(",");

    /// <summary>A factory's line for optional links per language, none for null.</summary>
    public static SourceWriter OptionalLinks(this SourceWriter writer, string name, LocalizedText? links) =>
        links is null ? writer : writer.Member(name).Links(links).EndLine(",");

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

    /// <summary><c>, Name = new System.DateTime(…)</c> in a one-line initializer for a <c>yyyy-mm-dd</c> date, nothing for null.</summary>
    public static SourceWriter InlineOptionalDate(this SourceWriter writer, string name, string? date) =>
        date is null ? writer : writer.InlineMember(name).Date(date);

    /// <summary><c>, Name = "plain text"</c> in a one-line initializer for a text the list writes in markdown, nothing for null.</summary>
    public static SourceWriter InlineOptionalText(this SourceWriter writer, string name, string? markdown) =>
        markdown is null ? writer : writer.InlineMember(name).PlainLiteral(markdown);

    /// <summary><c>, Name = 7000000000L</c> in a one-line initializer, nothing for null.</summary>
    public static SourceWriter InlineOptional(this SourceWriter writer, string name, long? value) =>
        value is null ? writer : writer.InlineMember(name).Literal(value);

    /// <summary><c>, Name = 4</c> in a one-line initializer, nothing for null.</summary>
    public static SourceWriter InlineOptional(this SourceWriter writer, string name, int? value) =>
        value is null ? writer : writer.InlineMember(name).Integer(value.Value);

    /// <summary><c>, Name = new __C.LocalizedText(…)</c> in a one-line initializer for a text, as plain text; nothing for null.</summary>
    public static SourceWriter InlineOptional(this SourceWriter writer, string name, LocalizedText? text) =>
        text is null ? writer : writer.InlineMember(name).Text(text);

    /// <summary><c>, Name = true</c> in a one-line initializer, nothing for false.</summary>
    public static SourceWriter InlineOptional(this SourceWriter writer, string name, bool value) =>
        value ? writer.InlineMember(name).Literal(true) : writer;

    /// <summary><c>, Name = new T[] { … }</c> in a one-line initializer, nothing for an empty list.</summary>
    public static SourceWriter InlineOptional<TItem>(this SourceWriter writer, string name, EquatableArray<TItem> items, Func<SourceWriter, EquatableArray<TItem>, SourceWriter> writeList)
        where TItem : IEquatable<TItem> =>
        items.Count == 0 ? writer : writeList(writer.InlineMember(name), items);
}
