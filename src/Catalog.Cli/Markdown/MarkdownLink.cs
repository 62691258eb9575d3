namespace JapaneseLlm.Catalog.Cli.Markdown;

/// <summary>A <c>[text](url)</c> link, with the text as written (it may hold bold markers).</summary>
internal sealed record MarkdownLink(string Text, string Url)
{
    public override string ToString() => $"[{Text}]({Url})";
}
