using System.Linq;
using System.Text.Json;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>
/// One CSV cell from a model's value in the JSON contract, by the value's JSON form, so that any key flattens the
/// same way: text as is; a text per language in English (else Japanese, else French, as
/// <c>LocalizedText.Get</c>); numbers in invariant form; a flag as <c>true</c> or <c>false</c>; an id list (the
/// description's <see cref="ValueShape.IdList"/>) as its ids, space-separated; another list space-separated, or
/// <c>"; "</c>-separated when its items are structures (variants, stages, base links), each structure its values
/// joined by <c>:</c> and a list inside it by <c>,</c>. The JSON stays the lossless form; a cell is for reading.
/// </summary>
internal static class CsvCell
{
    private static readonly string[] LanguageOrder = { "en", "ja", "fr" };

    /// <summary>The cell of <paramref name="key"/> in a model's <paramref name="document"/>; empty when the contract has no such key.</summary>
    public static string Of(JsonElement document, string key, ValueShape? shape) =>
        !document.TryGetProperty(key, out var value) ? ""
        : shape == ValueShape.IdList && value.ValueKind == JsonValueKind.Array ? string.Join(" ", value.EnumerateArray().Select(Id).Where(id => id.Length > 0))
        : Flatten(value, insideStructure: false);

    private static string Id(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) ? Flatten(id, insideStructure: true) : Flatten(item, insideStructure: true);

    private static string Flatten(JsonElement value, bool insideStructure) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object when IsText(value) => LanguageOrder.Select(language => value.TryGetProperty(language, out var text) ? text : default)
            .Where(text => text.ValueKind == JsonValueKind.String).Select(text => text.GetString()!).FirstOrDefault() ?? "",
        JsonValueKind.Object => string.Join(":", value.EnumerateObject().Select(member => Flatten(member.Value, insideStructure: true)).Where(cell => cell.Length > 0)),
        JsonValueKind.Array => string.Join(
            insideStructure ? "," : value.EnumerateArray().Any(IsStructure) ? "; " : " ",
            value.EnumerateArray().Select(item => Flatten(item, insideStructure: true)).Where(cell => cell.Length > 0)),
        _ => "",
    };

    private static bool IsStructure(JsonElement item) => item.ValueKind == JsonValueKind.Object && !IsText(item);

    /// <summary>A text per language (the contract's <c>TextDocument</c>): an object of ja, en and fr only.</summary>
    private static bool IsText(JsonElement value) =>
        value.EnumerateObject().All(member => CatalogSchema.LanguageKeys.Contains(member.Name)) && value.EnumerateObject().Any();
}
