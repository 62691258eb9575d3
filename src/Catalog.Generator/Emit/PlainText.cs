using System.Text.RegularExpressions;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>Reduces the list's markdown to plain text for tooltips: links to their text, no emphasis, breaks to "; ".</summary>
internal static class PlainText
{
    private static readonly Regex Link = new(@"\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant);
    private static readonly Regex Footnote = new(@"\[\^[^\]]*\]", RegexOptions.CultureInvariant);
    private static readonly Regex Break = new(@"<br\s*/?>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static string FromMarkdown(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return string.Empty;
        }

        // Most names and labels hold no link, footnote or break: run a pattern only on text that can match it.
        var text = markdown!;
        if (text.IndexOf('[') >= 0)
        {
            text = Footnote.Replace(text, string.Empty);
            text = Link.Replace(text, "$1");
        }

        if (text.IndexOf('<') >= 0)
        {
            text = Break.Replace(text, "; ");
        }

        return text.Replace("**", string.Empty).Trim();
    }
}
