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

        var text = Footnote.Replace(markdown, string.Empty);
        text = Link.Replace(text, "$1");
        text = Break.Replace(text, "; ");
        return text.Replace("**", string.Empty).Trim();
    }
}
