using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>
/// One catalog file as the server holds it: its text (the editor's while it is open, else the disk's) and the
/// shared parser's result. Made anew when the text changes, so a file's parse is paid once per edit of that file;
/// its YAML tree and id occurrences are read only when a request needs them.
/// </summary>
internal sealed class CatalogDocument(string path, string text, int? version)
{
    private YamlMapping? tree;
    private bool treeRead;
    private IReadOnlyList<IdOccurrence>? occurrences;
    private TextLines? lines;

    public string Path { get; } = path;

    public string Text { get; } = text;

    /// <summary>The editor's version of an open document; null for a file read from disk.</summary>
    public int? Version { get; } = version;

    public ParsedFile Parsed { get; } = CatalogParser.Parse(path, text);

    public TextLines Lines => lines ??= new TextLines(Text);

    /// <summary>The file's YAML, or null where it is not readable (the parse's diagnostics say why).</summary>
    public YamlMapping? Tree
    {
        get
        {
            if (!treeRead)
            {
                tree = YamlTreeReader.Read(Path, Text, new List<CatalogDiagnostic>());
                treeRead = true;
            }

            return tree;
        }
    }

    public IReadOnlyList<IdOccurrence> Occurrences => occurrences ??= IdOccurrences.Find(Tree);
}
