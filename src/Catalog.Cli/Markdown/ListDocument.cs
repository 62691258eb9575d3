using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Cli.Markdown;

/// <summary>One markdown file of the list, split into sections at its headings, with its footnote definitions.</summary>
internal sealed record ListDocument(string Path, IReadOnlyList<ListSection> Sections, IReadOnlyList<FootnoteDefinition> Footnotes);

/// <summary>
/// A heading with what follows it up to the next heading: the prose before its table (intro), the table,
/// and the prose after it (outro). A file without headings (the parts files) is one section of level 0.
/// </summary>
internal sealed record ListSection(int Line, int Level, string Heading, string? Anchor, string Intro, MarkdownTable? Table, string Outro)
{
    /// <summary>Headed by a bold line between two tables rather than by a markdown heading.</summary>
    public bool IsPseudoHeading { get; init; }
}

/// <summary>A table with the line of its header row; cells are trimmed and keep their markdown; alignments are <c>left</c>, <c>center</c>, <c>right</c> or <c>none</c>.</summary>
internal sealed record MarkdownTable(int Line, IReadOnlyList<string> Header, IReadOnlyList<string> Alignments, IReadOnlyList<TableRow> Rows);

internal sealed record TableRow(int Line, IReadOnlyList<string> Cells);

/// <summary>A <c>[^label]: text</c> line.</summary>
internal sealed record FootnoteDefinition(int Line, string Label, string Text);
