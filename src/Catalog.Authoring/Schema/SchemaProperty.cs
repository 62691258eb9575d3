using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>One key of a catalog mapping: its name, the shape of its value, whether it must be there, and what it means.</summary>
public sealed record SchemaProperty(string Key, ValueShape Shape, string Description)
{
    /// <summary>The parser reports the entry as incomplete without this key (a null value counts as missing).</summary>
    public bool Required { get; init; }

    /// <summary>The key is required where this other key is given (a withdrawal's reason, with its date).</summary>
    public string? RequiredWith { get; init; }

    /// <summary>
    /// The record member holding the value, which the YAML reader fills and the writers read; <see langword="null"/>
    /// for <c>kind</c>, which only names the file's kind.
    /// </summary>
    public FieldAccess? Access { get; init; }

    /// <summary>
    /// The closed set of values for <see cref="ValueShape.Kind"/>, <see cref="ValueShape.Text"/> and
    /// <see cref="ValueShape.TextList"/>, or of field names for <see cref="ValueShape.FootnoteMap"/>; <see langword="null"/> for open text.
    /// </summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>A regular expression a <see cref="ValueShape.Text"/> value must match, where its form is fixed.</summary>
    public string? Pattern { get; init; }

    /// <summary>A <see cref="ValueShape.Text"/> value that is a web address: the checker wants an absolute http(s) URL.</summary>
    public bool Link { get; init; }

    /// <summary>
    /// The registry whose ids the value names (its <c>kind:</c>: developers, licenses, datasets, footnotes,
    /// sections), for <see cref="ValueShape.IdList"/>, <see cref="ValueShape.FootnoteMap"/> and <see cref="ValueShape.SectionId"/> values.
    /// </summary>
    public string? References { get; init; }

    /// <summary>The smallest whole number accepted, for <see cref="ValueShape.Integer"/> and <see cref="ValueShape.IntegerOrObjectList"/>.</summary>
    public int? Minimum { get; init; }

    /// <summary>The largest whole number accepted, where there is one.</summary>
    public int? Maximum { get; init; }

    /// <summary>For a <c>&lt;field&gt;_text</c> key: the field whose cell it writes out as the list shows it.</summary>
    public string? DisplayTextOf { get; init; }

    /// <summary>
    /// For a structure the importer reads out of a cell (base-model links, training stages): the key of that cell.
    /// Sync lets such a key follow the list only when its cell changed, so a maintainer's correction of what the
    /// importer read survives until the list says something new.
    /// </summary>
    public string? DerivedFrom { get; init; }

    /// <summary>
    /// Why the key does not reach the typed catalog (the runtime library), where it does not: a key for the
    /// renderer or the checker only. <see langword="null"/> for a key the typed catalog carries.
    /// </summary>
    public string? NotInRuntime { get; init; }

    /// <summary>Why the key does not reach <c>jllm export</c>'s JSON, where it does not.</summary>
    public string? NotInExport { get; init; }

    /// <summary>The mapping each list item is, for <see cref="ValueShape.ObjectList"/> and <see cref="ValueShape.IntegerOrObjectList"/>.</summary>
    public SchemaObject? Items { get; init; }
}
