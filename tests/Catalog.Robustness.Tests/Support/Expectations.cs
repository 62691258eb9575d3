using System.Globalization;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>
/// Corpus/expectations.txt: for each corpus file, every diagnostic it must produce (<c>file rule line column</c>,
/// one line each) or <c>file ok</c> when it must produce none and compile.
/// </summary>
internal static class Expectations
{
    public const string FileName = "expectations.txt";

    /// <summary>
    /// Expectations cover the rules that decide whether a file can be read and compiled: JLLM00xx (format)
    /// and JLLM01xx (references). Content rules (JLLM02xx, editorial advice) evolve on their own.
    /// </summary>
    public static bool Covers(string ruleId) =>
        ruleId.StartsWith("JLLM00", StringComparison.Ordinal) || ruleId.StartsWith("JLLM01", StringComparison.Ordinal);

    public static IReadOnlyDictionary<string, IReadOnlyList<ExpectedDiagnostic>> Committed { get; } = Read(Path.Combine(HostileCorpus.Folder, FileName));

    public static IReadOnlyDictionary<string, IReadOnlyList<ExpectedDiagnostic>> All { get; } =
        Committed.Concat(GeneratedInputs.All.Select(input => KeyValuePair.Create(HostileCorpus.RelativePath(input.File.Path), input.Expected)))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    private static Dictionary<string, IReadOnlyList<ExpectedDiagnostic>> Read(string path)
    {
        var expectations = new Dictionary<string, List<ExpectedDiagnostic>>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0 || fields[0].StartsWith('#'))
            {
                continue;
            }

            var list = expectations.TryGetValue(fields[0], out var existing) ? existing : expectations[fields[0]] = [];
            if (fields is [_, "ok"])
            {
                continue;
            }

            if (fields.Length != 4)
            {
                throw new FormatException($"{FileName}: '{line}' is neither 'file ok' nor 'file rule line column'");
            }

            list.Add(new ExpectedDiagnostic(fields[1], int.Parse(fields[2], CultureInfo.InvariantCulture), int.Parse(fields[3], CultureInfo.InvariantCulture)));
        }

        return expectations.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<ExpectedDiagnostic>)pair.Value, StringComparer.Ordinal);
    }
}
