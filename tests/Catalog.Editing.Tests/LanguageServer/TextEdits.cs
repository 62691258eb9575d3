using System.Text.Json.Nodes;

namespace JapaneseLlm.Catalog.Editing.Tests.LanguageServer;

/// <summary>Applies the protocol's text edits to a text, as an editor applies a workspace edit to a document.</summary>
internal static class TextEdits
{
    public static string Apply(string text, JsonArray edits)
    {
        var ordered = edits.Select(edit => (Start: Offset(text, edit!["range"]!["start"]!), End: Offset(text, edit!["range"]!["end"]!), NewText: edit!["newText"]!.GetValue<string>()))
            .OrderByDescending(edit => edit.Start);
        foreach (var (start, end, newText) in ordered)
        {
            text = text[..start] + newText + text[end..];
        }

        return text;
    }

    /// <summary>The offset of a protocol position (0-based line, UTF-16 character).</summary>
    public static int Offset(string text, JsonNode position)
    {
        var line = position["line"]!.GetValue<int>();
        var offset = 0;
        for (var current = 0; current < line; current++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + position["character"]!.GetValue<int>();
    }
}
