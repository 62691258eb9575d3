namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>
/// How a catalog key's value is written in YAML. The parser reads each shape with one
/// <c>MappingReader</c> method; <c>jllm schema</c> turns each into one JSON Schema fragment.
/// </summary>
public enum ValueShape
{
    /// <summary>The file's <c>kind:</c>, one fixed word per kind of file.</summary>
    Kind,

    /// <summary>One string, the same in every language (a URL, a venue); <see cref="SchemaProperty.Values"/> closes the set where it is closed.</summary>
    Text,

    /// <summary>A string shown in every language, or a mapping of <c>ja</c>, <c>en</c> and <c>fr</c> strings.</summary>
    LocalizedText,

    /// <summary>A whole number, at least <see cref="SchemaProperty.Minimum"/> where one is set.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A calendar date written <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An entry id: lowercase letters, digits, '.', '_', '+' and '-'.</summary>
    Id,

    /// <summary>A section id: '/'-separated id segments (<c>text-generation/from-scratch/general</c>).</summary>
    SectionId,

    /// <summary>One registry id or a list of them.</summary>
    IdList,

    /// <summary>One string or a list of strings; <see cref="SchemaProperty.Values"/> closes the set where it is closed.</summary>
    TextList,

    /// <summary>A parameter count: <c>7B</c>, <c>1.8B</c>, <c>310M</c>, <c>1T</c> or a plain number.</summary>
    ParameterCount,

    /// <summary>A list of mappings, each described by <see cref="SchemaProperty.Items"/>.</summary>
    ObjectList,

    /// <summary>A whole number for the whole record, or a list of mappings described by <see cref="SchemaProperty.Items"/>.</summary>
    IntegerOrObjectList,

    /// <summary>A mapping from a field name (one of <see cref="SchemaProperty.Values"/>) to one footnote id or a list of them.</summary>
    FootnoteMap,
}
