using System.Text;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>A hostile input too large to commit, built in code with the diagnostics it must produce.</summary>
internal sealed record GeneratedInput(CorpusText File, IReadOnlyList<ExpectedDiagnostic> Expected);

/// <summary>
/// The hostile inputs that are large by nature: a 5 MB file, 100,000 open brackets, thousands of aliases,
/// more nodes than a catalog file may have. Each is built once per test run.
/// </summary>
internal static class GeneratedInputs
{
    /// <summary>A valid model's first four lines; the hostile part follows on line 5.</summary>
    private const string ModelHead = "kind: model\nid: {0}\nsection: hostile\nyear: 2024\n";

    public static IReadOnlyList<GeneratedInput> All { get; } =
    [
        Input("five-megabytes", Head("five-megabytes") + "name: \"" + new string('x', 5_000_000) + "\"\n", Error(CatalogRules.InvalidDocument.Id, 1, 1)),
        Input("one-character-over-the-limit", OfLength(Head("over-the-limit") + "name: ", CatalogParser.MaxFileLength + 1), Error(CatalogRules.InvalidDocument.Id, 1, 1)),
        Input("half-megabyte-string", Head("half-megabyte-string") + "name: \"" + Repeat("半角/全角 \\\" */ ", 50_000) + "\"\n"),
        Input("megabyte-of-comments", Repeat("# a comment line that YAML skips, kept under the size limit\n", 16_000) + Head("megabyte-of-comments") + "name: Comments\n"),
        // The value of 'name' is at depth 1, so the 33rd bracket, brace or indented mapping is the first too deep.
        Input("hundred-thousand-open-brackets", Head("brackets") + "name: " + new string('[', 100_000) + "\n", Error(CatalogRules.InvalidDocument.Id, 5, 7 + YamlTreeReader.MaxDepth)),
        Input("hundred-thousand-open-braces", Head("braces") + "name: " + Repeat("{a: ", 100_000) + "\n", Error(CatalogRules.InvalidDocument.Id, 5, 7 + (4 * YamlTreeReader.MaxDepth))),
        Input("thousand-levels-of-indentation", Head("indentation") + "name:\n" + string.Concat(Enumerable.Range(1, 1_000).Select(level => new string(' ', level) + "k:\n")), Error(CatalogRules.InvalidDocument.Id, 5 + YamlTreeReader.MaxDepth + 1, YamlTreeReader.MaxDepth + 2)),
        Input("ten-thousand-documents", Repeat("---\nkind: model\n", 10_000), Error(CatalogRules.InvalidDocument.Id, 3, 1)),
        Input("thousands-of-aliases", "kind: model\nname: &n N\nlist:\n" + Repeat("  - *n\n", 5_000), ThousandsOfAliasesExpected()),
        // Five nodes (root, two keys, their values) come before the first item on line 3.
        Input("more-nodes-than-allowed", "kind: developers\ndevelopers:\n" + Repeat("  - a\n", YamlTreeReader.MaxNodes + 10), Error(CatalogRules.InvalidDocument.Id, YamlTreeReader.MaxNodes - 2, 5)),
        Input("three-hundred-unknown-keys", Head("unknown-keys") + "name: N\n" + string.Concat(Enumerable.Range(0, 300).Select(index => $"unknown{index}: v\n")), UnknownKeysExpected()),
    ];

    private static string Head(string id) => string.Format(System.Globalization.CultureInfo.InvariantCulture, ModelHead, id);

    private static GeneratedInput Input(string name, string text, params ExpectedDiagnostic[] expected) =>
        new(new CorpusText($"{HostileCorpus.PathPrefix}generated/{name}.yaml", text), expected);

    private static ExpectedDiagnostic Error(string ruleId, int line, int column) => new(ruleId, line, column);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string OfLength(string head, int length) => head + new string('x', length - head.Length);

    /// <summary>The anchor and the first aliases, until the reader stops at its problem budget.</summary>
    private static ExpectedDiagnostic[] ThousandsOfAliasesExpected() =>
    [
        Error(CatalogRules.UnsupportedYaml.Id, 2, 7),
        .. Enumerable.Range(0, YamlTreeReader.MaxProblems - 1).Select(index => Error(CatalogRules.UnsupportedYaml.Id, 4 + index, 5)),
        Error(CatalogRules.InvalidDocument.Id, 4 + YamlTreeReader.MaxProblems - 1, 5),
    ];

    /// <summary>The first <see cref="CatalogParser.MaxDiagnostics"/> unknown keys, then one diagnostic counting the rest.</summary>
    private static ExpectedDiagnostic[] UnknownKeysExpected() =>
    [
        .. Enumerable.Range(0, CatalogParser.MaxDiagnostics).Select(index => Error(CatalogRules.UnknownKey.Id, 6 + index, 1)),
        Error(CatalogRules.InvalidDocument.Id, 6 + CatalogParser.MaxDiagnostics, 1),
    ];
}
