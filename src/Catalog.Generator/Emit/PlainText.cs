namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>
/// Text for the generated doc comments: the shared plain-text reduction with line breaks as "; ", since a hover
/// folds a line feed into a space and the items of a cell would run together.
/// </summary>
internal static class PlainText
{
    public static string FromMarkdown(string? markdown) => Authoring.Text.PlainText.FromMarkdown(markdown, "; ");
}
