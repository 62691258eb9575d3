using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace JapaneseLlm.Catalog.Cli.Markdown;

/// <summary>
/// Reads the list's markdown as the list writes it: <c>&lt;a id&gt;</c> anchors on the line before headings,
/// one pipe table per section, footnote definitions at the end. Not a general markdown parser: it knows
/// exactly the shapes the list uses, and keeps every cell's markdown as written.
/// </summary>
internal static class ListDocumentReader
{
    private static readonly Regex AnchorLine = new("^<a id=\"([^\"]+)\"></a>$", RegexOptions.CultureInvariant);
    private static readonly Regex HeadingLine = new("^(#{1,6}) (.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex FootnoteLine = new(@"^\[\^([^\]]+)\]:\s?(.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex AlignmentCell = new("^:?-+:?$", RegexOptions.CultureInvariant);

    public static ListDocument Read(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var sections = new List<ListSection>();
        var footnotes = new List<FootnoteDefinition>();
        var current = new SectionBuilder(0, 0, "", null);
        string? pendingAnchor = null;
        var pendingAnchorLine = 0;

        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var lineNumber = index + 1;
            var anchor = AnchorLine.Match(line);
            if (anchor.Success && index + 1 < lines.Length && HeadingLine.IsMatch(lines[index + 1]))
            {
                pendingAnchor = anchor.Groups[1].Value;
                pendingAnchorLine = lineNumber;
                continue;
            }

            var heading = HeadingLine.Match(line);
            if (heading.Success)
            {
                AddUnlessEmpty(sections, current);
                current = new SectionBuilder(pendingAnchor is null ? lineNumber : pendingAnchorLine, heading.Groups[1].Length, heading.Groups[2].Value.Trim(), pendingAnchor);
                pendingAnchor = null;
                continue;
            }

            var footnote = FootnoteLine.Match(line);
            if (footnote.Success)
            {
                footnotes.Add(new FootnoteDefinition(lineNumber, footnote.Groups[1].Value, footnote.Groups[2].Value.Trim()));
                continue;
            }

            if (line.StartsWith("|", StringComparison.Ordinal) && current.Table is null)
            {
                index = ReadTable(lines, index, out var table);
                current.Table = table;
                continue;
            }

            current.Add(line);
        }

        AddUnlessEmpty(sections, current);
        return new ListDocument(path, sections, footnotes);
    }

    /// <summary>Splits a table line into trimmed cells, without the outer pipes.</summary>
    public static IReadOnlyList<string> SplitCells(string line)
    {
        var body = line.Trim();
        if (body.StartsWith("|", StringComparison.Ordinal))
        {
            body = body.Substring(1);
        }

        if (body.EndsWith("|", StringComparison.Ordinal))
        {
            body = body.Substring(0, body.Length - 1);
        }

        var cells = body.Split('|');
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = cells[i].Trim();
        }

        return cells;
    }

    private static int ReadTable(string[] lines, int start, out MarkdownTable table)
    {
        var header = SplitCells(lines[start]);
        IReadOnlyList<string> alignments = Array.Empty<string>();
        var rows = new List<TableRow>();
        var index = start + 1;
        if (index < lines.Length && lines[index].StartsWith("|", StringComparison.Ordinal))
        {
            var candidate = SplitCells(lines[index]);
            if (candidate.Count > 0 && AlignmentCell.IsMatch(candidate[0]))
            {
                alignments = candidate;
                index++;
            }
        }

        for (; index < lines.Length && lines[index].StartsWith("|", StringComparison.Ordinal); index++)
        {
            rows.Add(new TableRow(index + 1, SplitCells(lines[index])));
        }

        table = new MarkdownTable(start + 1, header, alignments, rows);
        return index - 1;
    }

    private static void AddUnlessEmpty(List<ListSection> sections, SectionBuilder builder)
    {
        var section = builder.Build();
        if (section.Level > 0 || section.Table is not null || section.Intro.Length > 0)
        {
            sections.Add(section);
        }
    }

    private sealed class SectionBuilder
    {
        private readonly int line;
        private readonly int level;
        private readonly string heading;
        private readonly string? anchor;
        private readonly List<string> intro = new();
        private readonly List<string> outro = new();

        public SectionBuilder(int line, int level, string heading, string? anchor)
        {
            this.line = line;
            this.level = level;
            this.heading = heading;
            this.anchor = anchor;
        }

        public MarkdownTable? Table { get; set; }

        public void Add(string text) => (Table is null ? intro : outro).Add(text);

        public ListSection Build() => new(line, level, heading, anchor, Join(intro), Table, Join(outro));

        private static string Join(List<string> lines)
        {
            var first = lines.FindIndex(text => text.Trim().Length > 0);
            var last = lines.FindLastIndex(text => text.Trim().Length > 0);
            return first < 0 ? "" : string.Join("\n", lines.GetRange(first, last - first + 1));
        }
    }
}
