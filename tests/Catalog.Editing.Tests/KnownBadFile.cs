using System.Globalization;
using System.Text.RegularExpressions;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>
/// A file under KnownBad/ with the problems it must produce, written in its own comments:
/// <c># expect-editor: LINE MESSAGE</c> for each error the language server reports, and
/// <c># expect-parser: RULE LINE</c> (or <c>none</c>) for each error the catalog parser reports.
/// </summary>
internal sealed partial record KnownBadFile(string Path, string Text, IReadOnlyList<(int Line, string Message)> EditorErrors, IReadOnlyList<(string Rule, int Line)> ParserErrors)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public static IReadOnlyList<KnownBadFile> All() =>
        Directory.EnumerateFiles(TestPaths.KnownBad, "*.yaml").Order(StringComparer.Ordinal).Select(Read).ToList();

    private static KnownBadFile Read(string path)
    {
        var text = File.ReadAllText(path);
        var editor = EditorExpectation().Matches(text).Select(match => (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value.TrimEnd())).ToList();
        var parser = ParserExpectation().Matches(text).Select(match => (match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        return new KnownBadFile(path, text, editor, parser);
    }

    [GeneratedRegex(@"^# expect-editor: (\d+) (.+)$", RegexOptions.Multiline)]
    private static partial Regex EditorExpectation();

    [GeneratedRegex(@"^# expect-parser: (JLLM\d{4}) (\d+)$", RegexOptions.Multiline)]
    private static partial Regex ParserExpectation();

    public override string ToString() => Name;
}
