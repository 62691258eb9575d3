using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace JapaneseLlm.Catalog.Cli.Markdown;

/// <summary>
/// Reads one markdown file of the list into sections. A CommonMark/GFM parser (Markdig) finds the blocks, so that
/// every shape the specification allows reads alike: tables with or without outer pipes, escaped pipes in cells,
/// setext headings, footnote definitions anywhere. The text of headings, cells and prose is then taken from the
/// source as written, since the importer maps the list's own markup. What the list adds to markdown is read here
/// too: an <c>&lt;a id&gt;</c> line before a heading is its anchor, and a table that follows another in the same
/// section, under a bold line, starts a section of its own one level down (a pseudo-heading).
/// </summary>
internal static class ListDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UsePreciseSourceLocation()
        .Build();

    private static readonly Regex AnchorLine = new("^<a id=\"([^\"]+)\"></a>$", RegexOptions.CultureInvariant);
    private static readonly Regex AtxHeading = new(@"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$", RegexOptions.CultureInvariant);
    private static readonly Regex FootnoteStart = new(@"^ {0,3}\[\^[^\]]+\]:[ \t]?", RegexOptions.CultureInvariant);
    private static readonly Regex BoldLine = new(@"^\s*\*\*(.+?)\*\*\s*$", RegexOptions.CultureInvariant);

    public static ListDocument Read(string path, string text)
    {
        var source = new SourceLines(text.Replace("\r\n", "\n"));
        var document = Markdig.Markdown.Parse(source.Text, Pipeline);
        var footnotes = new List<FootnoteDefinition>();
        var claimed = new bool[source.Count];
        var landmarks = new List<Landmark>();

        var blocks = document.ToList();
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            switch (block)
            {
                case HeadingBlock heading:
                    landmarks.Add(Heading(source, heading, AnchorBefore(source, blocks, index, claimed)));
                    Claim(claimed, source, heading);
                    break;
                case MarkdigTable table:
                    landmarks.Add(new Landmark(source.FirstLine(table), 0, "", null, ReadTable(source, table)));
                    Claim(claimed, source, table);
                    break;
                case LinkReferenceDefinitionGroup definitions:
                    // Every footnote definition, referenced or not: Markdig keeps unreferenced ones only here.
                    foreach (var definition in definitions.OfType<FootnoteLinkReferenceDefinition>())
                    {
                        var (footnote, last) = ReadFootnote(source, definition);
                        footnotes.Add(footnote);
                        for (var line = definition.Line; line <= last; line++)
                        {
                            claimed[line] = true;
                        }
                    }

                    break;
            }
        }

        footnotes.Sort((left, right) => left.Line.CompareTo(right.Line));
        return new ListDocument(path, Sections(source, landmarks.OrderBy(landmark => landmark.Line).ToList(), claimed), footnotes);
    }

    private static Landmark Heading(SourceLines source, HeadingBlock heading, (string Anchor, int Line)? anchor)
    {
        var first = source.FirstLine(heading);
        var last = source.LastLine(heading);
        string text;
        if (heading.IsSetext)
        {
            // The underline is the last line; the heading text is every line above it.
            text = string.Join(" ", Enumerable.Range(first, last - first).Select(line => source[line].Trim()));
        }
        else
        {
            var match = AtxHeading.Match(source[first]);
            text = match.Success ? match.Groups[2].Value.Trim() : source[first].Trim().TrimStart('#').Trim();
        }

        return new Landmark(anchor?.Line ?? first, heading.Level, text, anchor?.Anchor, null);
    }

    /// <summary>The anchor of a heading: a paragraph of one <c>&lt;a id&gt;</c> line right before it.</summary>
    private static (string Anchor, int Line)? AnchorBefore(SourceLines source, List<Block> blocks, int headingIndex, bool[] claimed)
    {
        if (headingIndex == 0 || blocks[headingIndex - 1] is not ParagraphBlock paragraph)
        {
            return null;
        }

        var last = source.LastLine(paragraph);
        var match = AnchorLine.Match(source[last].Trim());
        if (!match.Success || last + 1 != source.FirstLine(blocks[headingIndex]))
        {
            return null;
        }

        claimed[last] = true;
        return (match.Groups[1].Value, last);
    }

    private static MarkdownTable ReadTable(SourceLines source, MarkdigTable table)
    {
        var rows = table.OfType<MarkdigTableRow>().ToList();
        var header = rows.FirstOrDefault(row => row.IsHeader);
        var cells = (MarkdigTableRow row) => (IReadOnlyList<string>)row.OfType<TableCell>().Select(cell => source.Slice(cell).Trim()).ToList();
        var alignments = table.ColumnDefinitions.Take(header?.Count ?? 0).Select(column => column.Alignment switch
        {
            TableColumnAlign.Left => "left",
            TableColumnAlign.Center => "center",
            TableColumnAlign.Right => "right",
            _ => "none",
        }).ToList();
        return new MarkdownTable(
            source.FirstLine(table) + 1,
            header is null ? Array.Empty<string>() : cells(header),
            alignments,
            rows.Where(row => !row.IsHeader).Select(row => new TableRow(source.FirstLine(row) + 1, cells(row))).ToList());
    }

    /// <summary>A footnote's text: its first line after the label, and the lines that continue its paragraph.</summary>
    private static (FootnoteDefinition Footnote, int LastLine) ReadFootnote(SourceLines source, FootnoteLinkReferenceDefinition definition)
    {
        var first = definition.Line;
        var lines = new List<string> { FootnoteStart.Replace(source[first], "").Trim() };
        var last = first;
        while (last + 1 < source.Count && source[last + 1].Trim().Length > 0 && !FootnoteStart.IsMatch(source[last + 1]))
        {
            lines.Add(source[++last].Trim());
        }

        var label = (definition.Label ?? "").TrimStart('^');
        return (new FootnoteDefinition(first + 1, label, string.Join("\n", lines)), last);
    }

    /// <summary>Cuts the file at its headings and tables; the lines no block claimed are each section's prose.</summary>
    private static IReadOnlyList<ListSection> Sections(SourceLines source, List<Landmark> landmarks, bool[] claimed)
    {
        var sections = new List<ListSection>();
        var current = new SectionBuilder(0, 0, "", null);
        var next = 0;
        for (var line = 0; line <= source.Count; line++)
        {
            while (next < landmarks.Count && landmarks[next].Line == line)
            {
                var landmark = landmarks[next++];
                if (landmark.Table is null)
                {
                    AddUnlessEmpty(sections, current);
                    current = new SectionBuilder(landmark.Line + 1, landmark.Level, landmark.Heading, landmark.Anchor);
                }
                else if (current.Table is null)
                {
                    current.Table = landmark.Table;
                }
                else
                {
                    current = PseudoSection(sections, current, landmark.Table);
                }
            }

            if (line < source.Count && !claimed[line])
            {
                current.Add(source[line]);
            }
        }

        AddUnlessEmpty(sections, current);
        return sections;
    }

    /// <summary>
    /// A second table in a section: the bold line above it (<c>**ドメイン特化型**</c>) heads a section one level
    /// down, which keeps the table's rows apart from the first table's as the list shows them.
    /// </summary>
    private static SectionBuilder PseudoSection(List<ListSection> sections, SectionBuilder current, MarkdownTable table)
    {
        var caption = current.TakeTrailingLine(BoldLine);
        AddUnlessEmpty(sections, current);
        var heading = caption is null ? "" : BoldLine.Match(caption).Groups[1].Value.Trim();
        return new SectionBuilder(table.Line, Math.Max(1, current.Level) + 1, heading, null, isPseudoHeading: true) { Table = table };
    }

    private static void Claim(bool[] claimed, SourceLines source, Block block)
    {
        for (var line = source.FirstLine(block); line <= source.LastLine(block); line++)
        {
            claimed[line] = true;
        }
    }

    private static void AddUnlessEmpty(List<ListSection> sections, SectionBuilder builder)
    {
        var section = builder.Build();
        if (section.Level > 0 || section.Table is not null || section.Intro.Length > 0)
        {
            sections.Add(section);
        }
    }

    /// <summary>A heading or a table, at the 0-based line where it starts (a heading's anchor line, if any).</summary>
    private sealed record Landmark(int Line, int Level, string Heading, string? Anchor, MarkdownTable? Table);

    private sealed class SectionBuilder
    {
        private readonly int line;
        private readonly string heading;
        private readonly string? anchor;
        private readonly bool isPseudoHeading;
        private readonly List<string> intro = new();
        private readonly List<string> outro = new();

        public SectionBuilder(int line, int level, string heading, string? anchor, bool isPseudoHeading = false)
        {
            this.line = line;
            Level = level;
            this.heading = heading;
            this.anchor = anchor;
            this.isPseudoHeading = isPseudoHeading;
        }

        public int Level { get; }

        public MarkdownTable? Table { get; set; }

        public void Add(string text) => (Table is null ? intro : outro).Add(text);

        /// <summary>Removes and returns the last non-blank prose line if it matches <paramref name="pattern"/>.</summary>
        public string? TakeTrailingLine(Regex pattern)
        {
            var lines = Table is null ? intro : outro;
            var last = lines.FindLastIndex(text => text.Trim().Length > 0);
            if (last < 0 || !pattern.IsMatch(lines[last]))
            {
                return null;
            }

            var taken = lines[last];
            lines.RemoveRange(last, lines.Count - last);
            return taken;
        }

        public ListSection Build() => new(line, Level, heading, anchor, Join(intro), Table, Join(outro)) { IsPseudoHeading = isPseudoHeading };

        private static string Join(List<string> lines)
        {
            var first = lines.FindIndex(text => text.Trim().Length > 0);
            var last = lines.FindLastIndex(text => text.Trim().Length > 0);
            return first < 0 ? "" : string.Join("\n", lines.GetRange(first, last - first + 1));
        }
    }

    /// <summary>The source split into lines, with the line of any offset.</summary>
    private sealed class SourceLines
    {
        private readonly int[] starts;
        private readonly string[] lines;

        public SourceLines(string text)
        {
            Text = text;
            lines = text.Split('\n');
            starts = new int[lines.Length];
            for (int index = 1, offset = 0; index < lines.Length; index++)
            {
                offset += lines[index - 1].Length + 1;
                starts[index] = offset;
            }
        }

        public string Text { get; }

        public int Count => lines.Length;

        public string this[int line] => lines[line];

        public int FirstLine(Block block) => block.Line;

        public int LastLine(Block block)
        {
            var end = Math.Max(block.Span.Start, block.Span.End);
            var line = Array.BinarySearch(starts, end);
            return Math.Max(block.Line, line >= 0 ? line : ~line - 1);
        }

        public string Slice(Block block) =>
            block.Span.IsEmpty || block.Span.Start < 0 ? "" : Text.Substring(block.Span.Start, Math.Min(block.Span.Length, Text.Length - block.Span.Start));
    }
}
