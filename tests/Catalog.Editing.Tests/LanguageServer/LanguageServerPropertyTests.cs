using CsCheck;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Rules;
using JapaneseLlm.Catalog.Cli.LanguageServer;
using Xunit;

namespace JapaneseLlm.Catalog.Editing.Tests.LanguageServer;

/// <summary>
/// The server's workspace against a full check, over random sequences of editor operations on a copy of the real
/// catalog (open, change to a mangled text, close): the open documents' diagnostics are always what a full check
/// of the same texts reports. And its features on mangled texts: no request throws, every edit stays in the
/// document, and a quick fix removes the finding it was offered for.
/// </summary>
public sealed class LanguageServerPropertyTests
{
    private static readonly string[] Files =
    [
        "models/text-generation/continual-pretraining/general/karasu.yaml",
        "models/text-generation/from-scratch/general/wasedagpt.yaml",
        "registries/footnotes.yaml",
        "registries/licenses.yaml",
        "registries/datasets.yaml",
        "registries/developers.yaml",
    ];

    private static readonly string[] Junk = [":", "-", " ", "\n", "x", "[", "'", "#", "- ", "  "];

    /// <summary>An editor operation: which file, whether it is closed or changed, and how its text is mangled.</summary>
    private sealed record Operation(int File, bool Close, int Mutation, int Where, int Junk)
    {
        public override string ToString() => Close ? $"close {Files[File]}" : $"change {Files[File]}: mutation {Mutation} at {Where} ('{Junk}')";
    }

    private static readonly Gen<Operation> Operations =
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Int[0, 5], Gen.Int[0, 4], Gen.Int[0, 100_000], Gen.Int[0, Junk.Length - 1], (file, close, mutation, where, junk) => new Operation(file, close == 0, mutation, where, junk));

    [Fact]
    public void The_open_documents_diagnostics_are_a_full_checks_after_any_sequence_of_edits()
    {
        using var catalog = new TemporaryCatalog();
        var disk = Files.ToDictionary(file => catalog.PathOf(file), file => catalog.Read(file));
        Operations.Array[1, 6].Sample(
            operations =>
            {
                var workspace = CatalogWorkspace.Load(catalog.Root);
                var open = new Dictionary<string, string>(StringComparer.Ordinal);
                var version = 0;
                foreach (var operation in operations)
                {
                    var path = catalog.PathOf(Files[operation.File]);
                    if (operation.Close)
                    {
                        workspace.Close(path);
                        open.Remove(path);
                    }
                    else
                    {
                        var text = Mutate(open.GetValueOrDefault(path) ?? disk[path], operation);
                        workspace.Update(path, text, ++version);
                        open[path] = text;
                    }

                    var expected = FullCheck(catalog.Root, open);
                    foreach (var openPath in open.Keys)
                    {
                        Assert.Equal(expected.Where(diagnostic => diagnostic.Path == openPath), workspace.DiagnosticsOf(openPath));
                    }
                }
            },
            iter: 25,
            threads: 1);
    }

    [Fact]
    public void Requests_on_mangled_records_never_throw_keep_their_edits_in_the_document_and_fixes_remove_their_finding()
    {
        using var catalog = new TemporaryCatalog();
        var path = catalog.PathOf(Files[0]);
        var original = catalog.Read(Files[0]);
        Gen.Select(Operations.Where(operation => !operation.Close).Array[1, 3], Gen.Int[0, 60], Gen.Int[0, 80]).Sample(
            sample =>
            {
                var (operations, line, character) = sample;
                var text = operations.Aggregate(original, Mutate);
                var workspace = CatalogWorkspace.Load(catalog.Root);
                workspace.Update(path, text, 1);
                var document = workspace.Find(path)!;
                var features = new LanguageFeatures(workspace);
                var position = new Position(line, character);

                foreach (var item in features.Complete(document, position).Items)
                {
                    AssertInDocument(text, item.TextEdit.Range);
                }

                if (features.Hover(document, position) is { } hover)
                {
                    AssertInDocument(text, hover.Range);
                }

                foreach (var location in features.Definition(document, position).Concat(features.References(document, position, includeDeclaration: true)))
                {
                    AssertInDocument(File.ReadAllText(LanguageServerUris.ToPath(location.Uri)) is var target && location.Uri == LanguageServerUris.FromPath(path) ? text : target, location.Range);
                }

                var diagnostics = workspace.DiagnosticsOf(path);
                foreach (var diagnostic in diagnostics)
                {
                    foreach (var (title, edits) in QuickFixes.For(diagnostic, document))
                    {
                        Assert.All(edits, edit => AssertInDocument(text, edit.Range));
                        var fixedText = Apply(text, edits);
                        var check = CatalogWorkspace.Load(catalog.Root);
                        check.Update(path, fixedText, 2);
                        // The finding is gone from where it was, and no other place has it in its stead more often than before
                        // (a fixed id listed twice leaves its second, now first, occurrence with the same message).
                        var after = check.DiagnosticsOf(path);
                        Assert.True(
                            Count(after, diagnostic) < Count(diagnostics, diagnostic)
                            || (Count(after, diagnostic) == Count(diagnostics, diagnostic) && !after.Any(other => SameFindingAt(other, diagnostic))),
                            $"'{title}' left '{diagnostic.Message}' in:\n{fixedText}");
                    }
                }
            },
            iter: 60,
            threads: 1);
    }

    private static int Count(IEnumerable<CatalogDiagnostic> diagnostics, CatalogDiagnostic finding) =>
        diagnostics.Count(diagnostic => diagnostic.RuleId == finding.RuleId && diagnostic.Message == finding.Message);

    private static bool SameFindingAt(CatalogDiagnostic diagnostic, CatalogDiagnostic finding) =>
        diagnostic.RuleId == finding.RuleId && diagnostic.Message == finding.Message && diagnostic.Span.Line == finding.Span.Line && diagnostic.Span.Column == finding.Span.Column;

    /// <summary>What jllm check reports for the catalog folder with the open texts in place of their files.</summary>
    private static IReadOnlyList<CatalogDiagnostic> FullCheck(string root, IReadOnlyDictionary<string, string> open) =>
        CatalogChecker.Check(
            Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(file => CatalogParser.Parse(file, open.GetValueOrDefault(file) ?? File.ReadAllText(file)))
                .ToList(),
            DateTime.UtcNow.Year);

    /// <summary>A maintainer's slip: a line deleted or doubled, a stray character, a line's last character dropped, or no change.</summary>
    private static string Mutate(string text, Operation operation)
    {
        var lines = text.Split('\n').ToList();
        var line = operation.Where % lines.Count;
        switch (operation.Mutation)
        {
            case 0:
                lines.RemoveAt(line);
                return string.Join('\n', lines);
            case 1:
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            case 2:
                var at = operation.Where % (text.Length + 1);
                return text[..at] + Junk[operation.Junk] + text[at..];
            case 3:
                return lines[line].Length == 0 ? text : string.Join('\n', lines.Take(line).Append(lines[line][..^1]).Concat(lines.Skip(line + 1)));
            default:
                return text;
        }
    }

    private static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var lines = new TextLines(text);
        foreach (var edit in edits.OrderByDescending(edit => lines.OffsetOf(edit.Range.Start)))
        {
            var start = lines.OffsetOf(edit.Range.Start);
            text = text[..start] + edit.NewText + text[lines.OffsetOf(edit.Range.End)..];
        }

        return text;
    }

    private static void AssertInDocument(string text, LspRange range)
    {
        var lines = text.Split('\n');
        foreach (var position in new[] { range.Start, range.End })
        {
            Assert.InRange(position.Line, 0, lines.Length - 1);
            Assert.InRange(position.Character, 0, lines[position.Line].TrimEnd('\r').Length);
        }

        Assert.True(range.Start.Line < range.End.Line || (range.Start.Line == range.End.Line && range.Start.Character <= range.End.Character), $"{range} ends before it starts");
    }
}
