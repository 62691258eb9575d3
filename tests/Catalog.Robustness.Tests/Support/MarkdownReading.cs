using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>Reads jllm's markdown back with Markdig (CommonMark, GitHub's pipe tables, footnotes): text as a reader sees it, and every link.</summary>
internal static class MarkdownReading
{
    private static readonly Regex CommentOrCodeSpan = new(@"(?<code>(?<!\\)(`+)[\s\S]*?(?<!`)\1(?!`))|(?<!\\)<!--", RegexOptions.CultureInvariant);

    private static readonly Regex HtmlTarget = new(@"(?i)\b(?:href|src)\s*=\s*[""']?\s*([^""'\s>]+)", RegexOptions.CultureInvariant);

    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// How a text reads when it stands alone in a paragraph, on one line (line breaks written as &lt;br&gt;, as jllm
    /// writes them in a cell, HTML comments shown as text): the expected reading of a cell. A letter in front keeps it from starting a block.
    /// </summary>
    public static string ReadingOf(string text)
    {
        // A comment opener is written as text, except inside a code span, where it is literal already.
        var inert = CommentOrCodeSpan.Replace(text, match => match.Groups["code"].Success ? match.Value : "&lt;!--");
        var oneLine = inert.Replace("\r\n", "<br>").Replace('\r', '\n').Replace("\n", "<br>");
        var paragraph = Parse("x " + oneLine).Descendants<ParagraphBlock>().Single();
        return Normalize(Text(paragraph.Inline)).Substring(1).TrimStart();
    }

    public static string Reading(ContainerInline? inline) => Normalize(Text(inline));

    /// <summary>How a text reads when every character of it is shown as written, on one line (CommonMark reads U+0000 as U+FFFD).</summary>
    public static string Literal(string text) => Normalize(text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\0', '\uFFFD'));

    /// <summary>Every link, autolink and footnote reference under a node, as (kind, destination).</summary>
    public static IEnumerable<(string Kind, string Url)> Links(MarkdownObject node) =>
        node.Descendants<Inline>().Select(inline => inline switch
        {
            LinkInline link => ("link", link.Url ?? ""),
            AutolinkInline autolink => ("autolink", autolink.Url),
            HtmlInline html when HtmlTarget.Match(html.Tag) is { Success: true } target => ("html", target.Groups[1].Value),
            FootnoteLink footnote => ("footnote", Label(footnote)),
            _ => ("", ""),
        }).Where(link => link.Item1.Length > 0);

    private static string Text(ContainerInline? container)
    {
        var builder = new StringBuilder();
        void Append(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append('\n');
                    break;
                case HtmlInline html:
                    builder.Append(html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase) ? "\n" : html.Tag);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case FootnoteLink footnote:
                    builder.Append("[^").Append(Label(footnote)).Append(']');
                    break;
                case DelimiterInline delimiter:
                    // An opening bracket or emphasis run that closed nothing is still on the page as written.
                    builder.Append(delimiter.ToLiteral());
                    foreach (var child in delimiter)
                    {
                        Append(child);
                    }

                    break;
                case ContainerInline children:
                    foreach (var child in children)
                    {
                        Append(child);
                    }

                    break;
            }
        }

        if (container is not null)
        {
            Append(container);
        }

        return builder.ToString();
    }

    /// <summary>A footnote's label as written after <c>[^</c> (Markdig keeps the caret).</summary>
    private static string Label(FootnoteLink footnote) => (footnote.Footnote.Label ?? "").TrimStart('^');

    private static string Normalize(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
