namespace JapaneseLlm.Catalog.Cli.Markdown;

/// <summary>A <c>[text](url)</c> link, with the text as written (it may hold bold markers).</summary>
internal sealed record MarkdownLink(string Text, string Url)
{
    public override string ToString() => $"[{MarkdownEscaping.LinkText(Text)}]({MarkdownEscaping.LinkDestination(Url)})";

    /// <summary>The link, or only its text where the URL may not be written (<see cref="Catalog.SafeLinks"/>).</summary>
    public static string OrText(string text, string? url) => Catalog.SafeLinks.IsSafe(url) ? new MarkdownLink(text, url!).ToString() : text;
}
