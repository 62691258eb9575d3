using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Cli.Import.Training;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>Something the importer could not place as it is, with where it is and why.</summary>
internal sealed record ImportProblem(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}: {Reason}";
}

/// <summary>What one import did: records per section against upstream rows, display overrides, and every problem.</summary>
internal sealed class ImportReport
{
    private readonly List<ImportProblem> problems = new();
    private readonly List<ImportProblem> notes = new();
    private readonly List<ImportProblem> missingFiles = new();
    private readonly List<(string Section, ImportProblem Place)> notImported = new();
    private readonly List<(string Section, string Kind, int UpstreamRows, int Records)> sections = new();
    private readonly SortedDictionary<string, int> overrideCells = new(System.StringComparer.Ordinal);

    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>Table rows that became no record, each at its place in the list, with why.</summary>
    public IReadOnlyList<ImportProblem> NotImported =>
        notImported.Select(row => row.Place).OrderBy(place => place.File, System.StringComparer.Ordinal).ThenBy(place => place.Line).ToList();

    public IReadOnlyList<ImportProblem> MissingFiles => missingFiles;

    public IReadOnlyList<ImportProblem> Notes => notes;

    public int NotImportedCount(string section) => notImported.Count(row => row.Section == section);

    public IReadOnlyList<(string Section, string Kind, int UpstreamRows, int Records)> Sections => sections;

    public IReadOnlyDictionary<string, int> OverrideCells => overrideCells;

    public List<string> OrphanFootnotes { get; } = new();

    /// <summary>Data-set mentions in training-data cells, resolved or not, and what the registry covers.</summary>
    public DatasetCoverage Datasets { get; } = new();

    public void Problem(string file, int line, string reason) => problems.Add(new ImportProblem(file, line, reason));

    public void Note(string file, int line, string reason) => notes.Add(new ImportProblem(file, line, reason));

    public void MissingFile(string file, string consequence) => missingFiles.Add(new ImportProblem(file, 0, consequence));

    public void RowNotImported(string section, string file, int line, string reason) => notImported.Add((section, new ImportProblem(file, line, $"section '{section}': {reason}")));

    public void Section(string section, string kind, int upstreamRows, int records) => sections.Add((section, kind, upstreamRows, records));

    public void Override(string field, int cells)
    {
        overrideCells.TryGetValue(field, out var count);
        overrideCells[field] = count + cells;
    }

    public string Format()
    {
        var text = new StringBuilder();
        text.Append("Import report\n\nRecords per section (upstream rows -> records):\n");
        foreach (var (section, kind, rows, records) in sections)
        {
            var missed = NotImportedCount(section);
            var balance = rows == records + missed ? "" : "  MISMATCH";
            var note = missed == 0 ? "" : $" ({missed} not imported)";
            text.Append(CultureInfo.InvariantCulture, $"  {section} ({kind}): {rows} -> {records}{note}{balance}\n");
        }

        foreach (var kind in sections.GroupBy(entry => entry.Kind))
        {
            text.Append(CultureInfo.InvariantCulture, $"  total {kind.Key}: {kind.Sum(entry => entry.UpstreamRows)} -> {kind.Sum(entry => entry.Records)}\n");
        }

        AppendList(text, "Files this copy of the list lacks (imported as far as it goes)", missingFiles);
        AppendList(text, "Rows not imported (no record was written for them)", NotImported);

        text.Append("\nOrphan footnotes (defined upstream, referenced nowhere; left out of the footnote registry):\n");
        foreach (var orphan in OrphanFootnotes)
        {
            text.Append("  ").Append(orphan).Append('\n');
        }

        Datasets.AppendTo(text);

        text.Append(CultureInfo.InvariantCulture, $"\nCells kept as written (<field>_text overrides, per language): {overrideCells.Values.Sum()}\n");
        foreach (var (field, count) in overrideCells)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {field}: {count}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nNotes ({notes.Count}):\n");
        foreach (var note in notes)
        {
            text.Append("  ").Append(note).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"\nUnplaced ({problems.Count}):\n");
        foreach (var problem in problems)
        {
            text.Append("  ").Append(problem).Append('\n');
        }

        return text.ToString();
    }

    private static void AppendList(StringBuilder text, string heading, IReadOnlyList<ImportProblem> entries)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n{heading} ({entries.Count}):\n");
        foreach (var entry in entries)
        {
            text.Append("  ").Append(entry).Append('\n');
        }
    }
}
