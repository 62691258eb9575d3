namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>
/// The regular expressions the parser checks ids and dates with. They are written once here for the parser
/// and the JSON Schema, in the subset of syntax that .NET and ECMAScript (the editor's validator) read alike.
/// </summary>
public static class ValuePatterns
{
    public const string Id = "^[a-z0-9][a-z0-9._+-]*$";

    /// <summary>Section ids are paths of id segments (<c>text-generation/from-scratch/general</c>), mirroring the catalog's folders.</summary>
    public const string SectionId = "^[a-z0-9][a-z0-9._+-]*(/[a-z0-9][a-z0-9._+-]*)*$";

    public const string Date = @"^\d{4}-\d{2}-\d{2}$";

    /// <summary>The rules a record may suppress: content rules only.</summary>
    public const string ContentRuleId = "^JLLM02[0-9]{2}$";

    /// <summary>The text form of a parameter count that <c>ParameterCount.TryParse</c> reads (a plain number may also be a YAML integer).</summary>
    public const string ParameterCount = @"^([0-9]+(\.[0-9]*)?|\.[0-9]+)[KMBTkmbt]?$";

    /// <summary>How to write a value that <paramref name="pattern"/> rejects, for the parser's message.</summary>
    public static string Hint(string pattern) => pattern switch
    {
        Id => "ids are lowercase letters, digits, '.', '_', '+' and '-', starting with a letter or digit",
        SectionId => "section ids are '/'-separated segments of lowercase letters, digits, '.', '_', '+' and '-'",
        ContentRuleId => "only content rules (JLLM0201 and up, JLLM02xx) can be suppressed in a record; fix format and reference errors instead",
        _ => "write it to match " + pattern,
    };
}
