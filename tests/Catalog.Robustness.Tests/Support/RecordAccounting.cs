using Microsoft.CodeAnalysis;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>What became of a catalog's records: how many the YAML holds, and how many of them compiled.</summary>
internal sealed record RecordTally(int Files, int Records, int Compiled, int RejectedFiles)
{
    /// <summary>Records that generate nothing by design (the vocabulary's words) and that the shared reader yields.</summary>
    public int KeptForTheTools { get; init; }

    public override string ToString() =>
        $"{Files} files, {Records} records: {Compiled} compiled, {KeptForTheTools} kept for the tools, {Records - Compiled - KeptForTheTools} rejected, each with an error ({RejectedFiles} files rejected whole)";
}

/// <summary>
/// Asserts that no record is lost: each record of each file is in the compiled catalog or has an error
/// inside it, and the compiled catalog holds nothing the YAML does not.
/// </summary>
internal static class RecordAccounting
{
    /// <summary>Rules the YAML reader reports; any of them rejects the whole file, so its records need no census.</summary>
    private static readonly HashSet<string> FileRejections = new(StringComparer.Ordinal) { "JLLM0001", "JLLM0005", "JLLM0006", "JLLM0007" };

    public static RecordTally AssertNoRecordIsLost(IReadOnlyList<CorpusText> files, CatalogBuild build, CompiledCatalog compiled)
    {
        // Only an error explains a missing record; a warning leaves the record in the catalog.
        var diagnostics = build.CatalogDiagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .ToLookup(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal);
        var census = new List<CensusRecord>();
        var rejected = 0;
        var kept = 0;
        var lost = new List<string>();
        foreach (var file in files)
        {
            var fileDiagnostics = diagnostics[file.Path].ToList();
            if (fileDiagnostics.Any(diagnostic => FileRejections.Contains(diagnostic.Id)))
            {
                rejected++;
                census.Add(new CensusRecord(file.Path, "unknown", null, 0, file.Text.Length));
                continue;
            }

            foreach (var record in RecordCensus.Count(file.Path, file.Text))
            {
                census.Add(record);
                if (IsKeptForTheTools(record, file))
                {
                    kept++;
                }
                else if (!IsDiagnosed(record, fileDiagnostics) && !IsCompiled(record, compiled))
                {
                    lost.Add($"{record.Path}: {record.Kind} '{record.Id}' (characters {record.Start}-{record.End}) is neither compiled nor diagnosed");
                }
            }
        }

        Assert.True(lost.Count == 0, string.Join(Environment.NewLine, lost));
        AssertNothingExtra(census, compiled);
        return new RecordTally(files.Count, census.Count, compiled.Count, rejected) { KeptForTheTools = kept };
    }

    private static bool IsCompiled(CensusRecord record, CompiledCatalog compiled) =>
        record.Id is not null && record.Kind != "unknown" && compiled.Find(record.Kind, record.Id) is not null;

    /// <summary>
    /// A word of the vocabulary registry generates nothing (the schema says why: it teaches the tools how the list
    /// writes); it is kept when the reader the generator, analyzers and jllm share yields it.
    /// </summary>
    private static bool IsKeptForTheTools(CensusRecord record, CorpusText file) =>
        record.Kind == "word" && record.Id is not null
        && Authoring.Parsing.CatalogParser.Parse(file.Path, file.Text).Entries.Any(entry => entry.KindName == "word" && entry.Id == record.Id);

    /// <summary>A record file is diagnosed by any diagnostic in it; a registry entry only by one inside the entry.</summary>
    private static bool IsDiagnosed(CensusRecord record, IEnumerable<Diagnostic> fileDiagnostics) =>
        record.Kind is "model" or "benchmark" or "paper" or "unknown"
            ? fileDiagnostics.Any()
            : fileDiagnostics.Any(diagnostic => diagnostic.Location.SourceSpan.Start >= record.Start && diagnostic.Location.SourceSpan.Start < record.End);

    /// <summary>Every compiled record is one the YAML holds: nothing is invented or counted twice.</summary>
    private static void AssertNothingExtra(List<CensusRecord> census, CompiledCatalog compiled)
    {
        foreach (var kind in compiled.Kinds)
        {
            var written = census.Where(record => record.Kind == kind && record.Id is not null).Select(record => record.Id!).ToHashSet(StringComparer.Ordinal);
            var invented = compiled.Ids(kind).Where(id => !written.Contains(id)).ToList();
            Assert.True(invented.Count == 0, $"compiled {kind} records not written in any file: {string.Join(", ", invented)}");
        }
    }
}
