using System.Text;
using CsCheck;
using JapaneseLlm.Catalog.Robustness.Support;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Yaml;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// The fast reader of the catalog's YAML subset against YamlDotNet: wherever it reads a file, it must give the
/// tree YamlDotNet gives — every value, style and position — and YamlDotNet must find no problem there;
/// everywhere else it must decline, so that YamlDotNet reads and reports.
/// </summary>
public sealed class BlockSubsetReaderTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_file_of_the_catalog_is_read_by_the_fast_reader_exactly_as_YamlDotNet_reads_it()
    {
        var files = Directory.GetFiles(RepositoryPaths.Combine("catalog"), "*.yaml", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}schema{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 500, $"only {files.Count} catalog files found");

        foreach (var path in files)
        {
            var text = File.ReadAllText(path);
            Assert.True(AssertAgreement(text), $"{path} is outside the fast reader's subset");
        }
    }

    [Fact]
    public void Every_corpus_file_is_read_alike_or_declined()
    {
        var accepted = 0;
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var text = new CorpusText(path, File.ReadAllBytes(path)).Text;
            accepted += AssertAgreement(text) ? 1 : 0;
        }

        output.WriteLine($"{accepted} of {files.Length} corpus files read by the fast reader");
        Assert.InRange(accepted, 1, files.Length - 1);
    }

    [Theory]
    [InlineData("kind: model\nid: a\n", true)]
    [InlineData("\uFEFFkind: model\nid: a\n", true)]
    [InlineData("# comment\n\nkind: model   # trailing\nid: 'it''s'\nname: \"a \\\"b\\\" \\u00e9 \\n\\t\\\\ \\/\"\n", true)]
    [InlineData("kind: model\nname: 日本語 😀 text\nurl: https://example.com/a:b#c\n", true)]
    [InlineData("kind: model\nlist:\n- a\n- b # note\nnext: c\n", true)]
    [InlineData("kind: model\nlist:\n  - a\n  -   b\nnext: c\n", true)]
    [InlineData("kind: model\nitems:\n- tokens: 4096\n  applies_to: base\n-  label: \"x\"\n   hf: y/z\nafter: 1\n", true)]
    [InlineData("kind: model\nnested:\n  ja: a\n  en:\n    deep: b\n  fr: c\n", true)]
    [InlineData("kind: model\nnested:    # why\n  ja: a [b] {c}, d\n", true)]
    [InlineData("kind: model\nvalue: ~\nother: null\n", true)]
    [InlineData("kind: model\nvalue: a #b\n", true)]
    [InlineData("kind: model\nvalue: a#b\n", true)]
    [InlineData("kind: model\nvalue: multi\n  line\n", false)]
    [InlineData("kind: model\nvalue: \"multi\n  line\"\n", false)]
    [InlineData("kind: model\nvalue:\n", false)]
    [InlineData("kind: model\nvalue: |\n  block\n", false)]
    [InlineData("kind: model\nvalue: [a, b]\n", false)]
    [InlineData("kind: model\nvalue: &anchor a\n", false)]
    [InlineData("kind: model\nvalue: !tag a\n", false)]
    [InlineData("kind: model\nkind: paper\n", false)]
    [InlineData("kind: model\nvalue: a: b\n", false)]
    [InlineData("kind:model\n", false)]
    [InlineData("kind: model\r\nid: a\r\n", false)]
    [InlineData("kind: model\n\tid: a\n", false)]
    [InlineData("---\nkind: model\n", false)]
    [InlineData("kind: model\n---\nkind: paper\n", false)]
    [InlineData("- a\n- b\n", false)]
    [InlineData("kind: model\nlist:\n- - a\n", false)]
    [InlineData("kind: model\nlist:\n-\n", false)]
    [InlineData("kind: model\nvalue: \"\\x41\"\n", false)]
    [InlineData("kind: model\nvalue: \"\\ud83d\"\n", false)]
    [InlineData("kind: model\n  id: a\n", false)]
    [InlineData("kind: model\nmap:\n  a: 1\n b: 2\n", false)]
    [InlineData("", false)]
    [InlineData("# only a comment\n", false)]
    public void A_snippet_is_read_alike_or_declined(string text, bool inSubset) =>
        Assert.Equal(inSubset, AssertAgreement(text));

    [Fact]
    public void Random_block_documents_are_read_alike_or_declined()
    {
        int accepted = 0, declined = 0;
        RandomDocument.Gen.Sample(
            text =>
            {
                if (AssertAgreement(text))
                {
                    Interlocked.Increment(ref accepted);
                }
                else
                {
                    Interlocked.Increment(ref declined);
                }
            },
            iter: 3000);
        output.WriteLine($"{accepted} random documents read by the fast reader, {declined} declined");
        Assert.True(accepted > 300 && declined > 300, $"a lopsided sample says little: {accepted} read, {declined} declined");
    }

    /// <summary>Asserts that the fast reader agrees with YamlDotNet; returns whether it read the text.</summary>
    private static bool AssertAgreement(string text)
    {
        var fast = BlockSubsetReader.TryRead(text);
        var diagnostics = new List<CatalogDiagnostic>();
        var full = YamlTreeReader.ReadWithYamlDotNet("file.yaml", text, diagnostics);
        if (fast is null)
        {
            return false;
        }

        Assert.True(diagnostics.Count == 0, $"YamlDotNet reports {string.Join("; ", diagnostics.Select(diagnostic => diagnostic.Message))} where the fast reader read:\n{text}");
        Assert.NotNull(full);
        Assert.Equal(Describe(full), Describe(fast));
        return true;
    }

    private static string Describe(YamlNode node)
    {
        var builder = new StringBuilder();
        Describe(node, builder, 0);
        return builder.ToString();
    }

    private static void Describe(YamlNode node, StringBuilder builder, int depth)
    {
        builder.Append(' ', depth * 2).Append(node.Span).Append(' ');
        switch (node)
        {
            case YamlScalar scalar:
                builder.Append(scalar.IsPlain ? "plain " : "quoted ").Append('[').Append(scalar.Value).Append("]\n");
                break;
            case YamlSequence sequence:
                builder.Append("sequence\n");
                foreach (var item in sequence.Items)
                {
                    Describe(item, builder, depth + 1);
                }

                break;
            case YamlMapping mapping:
                builder.Append("mapping\n");
                foreach (var entry in mapping.Entries)
                {
                    Describe(entry.Key, builder, depth + 1);
                    Describe(entry.Value, builder, depth + 2);
                }

                break;
        }
    }

    /// <summary>
    /// Random trees of mappings, sequences and scalars written in the block styles the catalog uses (nested and
    /// same-indentation sequences, any indentation step), with odd scalars among the plain ones; every third
    /// document then has one line replaced, indented differently or joined, so that many leave the subset.
    /// </summary>
    private static class RandomDocument
    {
        private static readonly string[] Keys = ["kind", "id", "name", "ja", "en", "hf", "a-b", "x.y", "_k", "9"];

        private static readonly string[] Scalars =
        [
            "model", "a b", "https://x.org/a:b", "a #c", "a#b", "\"q \\\" \\u00e9 \\/\"", "'it''s'", "~", "null", "日本 😀", "x  ",
            "\"a\" # c", "a [b] {c}, d", "2023-11-02", "**7b**-chat", "<br>", "\"\"", "''",
            "\"\\x41\"", "[a]", "{b: c}", "&a x", "*a", "!t x", "|", ">", "-1", "- x", "a: b", "\"open", "'open", "\"a\"b", "%x", "@x", "`x",
        ];

        private static readonly string[] Junk = ["", "---", "\tkey: x", "key: a\r", "  ", "? q", "- - a", "k k: v", "key:", "# note"];

        public static readonly Gen<string> Gen =
            CsCheck.Gen.Select(Entry(3).Array[1, 5].Select(entries => new MappingTree(entries, 2)), CsCheck.Gen.Int[0, 2], CsCheck.Gen.Int[0, 1000], CsCheck.Gen.OneOf(Junk), (root, mutation, where, junk) =>
            {
                var lines = new List<string>();
                root.Write(lines, indent: 0, step: 2, inline: null);
                if (mutation == 0)
                {
                    var line = where % lines.Count;
                    lines[line] = (where % 3) switch
                    {
                        0 => junk,
                        1 => " " + lines[line],
                        _ => lines[line] + " " + junk,
                    };
                }

                return string.Concat(lines.Select(line => line + "\n"));
            });

        private static Gen<Tree> Node(int depth) =>
            depth == 0
                ? Scalar
                : CsCheck.Gen.Frequency(
                    (3, Scalar),
                    (2, CsCheck.Gen.Select(Entry(depth).Array[1, 4], CsCheck.Gen.Int[1, 3], (entries, step) => (Tree)new MappingTree(entries, step))),
                    (2, CsCheck.Gen.Select(Node(depth - 1).Array[1, 3], CsCheck.Gen.Bool, CsCheck.Gen.Int[1, 3], (items, sameIndent, step) => (Tree)new SequenceTree(items, sameIndent, step))));

        private static Gen<(string Key, Tree Value)> Entry(int depth) =>
            CsCheck.Gen.Select(CsCheck.Gen.OneOf(Keys), Node(depth - 1), (key, value) => (key, value));

        private static Gen<Tree> Scalar => CsCheck.Gen.Frequency(
            (6, CsCheck.Gen.OneOf(Scalars[..18]).Select(value => (Tree)new ScalarTree(value))),
            (1, CsCheck.Gen.OneOf(Scalars[18..]).Select(value => (Tree)new ScalarTree(value))));

        private abstract record Tree
        {
            /// <summary>Writes the node; <paramref name="inline"/> is the text that starts its first line ("key: " or "- "), if any.</summary>
            public abstract void Write(List<string> lines, int indent, int step, string? inline);
        }

        private sealed record ScalarTree(string Value) : Tree
        {
            public override void Write(List<string> lines, int indent, int step, string? inline) =>
                lines.Add(new string(' ', indent) + inline + Value);
        }

        private sealed record MappingTree((string Key, Tree Value)[] Entries, int Step) : Tree
        {
            public override void Write(List<string> lines, int indent, int step, string? inline)
            {
                var prefix = inline;
                var first = true;
                var keys = new HashSet<string>();
                foreach (var (key, value) in Entries.Where(entry => keys.Add(entry.Key)))
                {
                    var keyIndent = first ? indent : indent + (inline?.Length ?? 0);
                    var lead = first ? prefix + key + ":" : key + ":";
                    if (value is ScalarTree)
                    {
                        value.Write(lines, keyIndent, Step, lead + " ");
                    }
                    else
                    {
                        lines.Add(new string(' ', keyIndent) + lead);
                        var childIndent = (first ? indent + (inline?.Length ?? 0) : keyIndent) + (value is SequenceTree { SameIndent: true } ? 0 : Step);
                        value.Write(lines, childIndent, Step, null);
                    }

                    first = false;
                }
            }
        }

        private sealed record SequenceTree(Tree[] Items, bool SameIndent, int Step) : Tree
        {
            public override void Write(List<string> lines, int indent, int step, string? inline)
            {
                if (inline is not null)
                {
                    lines.Add(new string(' ', indent) + inline.TrimEnd());
                    indent += Step;
                }

                foreach (var item in Items)
                {
                    if (item is SequenceTree)
                    {
                        lines.Add(new string(' ', indent) + "-");
                        item.Write(lines, indent + 2, Step, null);
                    }
                    else
                    {
                        item.Write(lines, indent, Step, "- ");
                    }
                }
            }
        }
    }
}
