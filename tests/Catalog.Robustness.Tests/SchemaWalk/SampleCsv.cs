using CsvHelper;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Robustness.SchemaWalk;

/// <summary>
/// The CSV export seen by the schema walk: every model key that reaches the exports must have a column named after
/// it (a nested key, the column of the list it sits in), and its sample value must stand in that column's cell. The
/// CSV is English, so a text given per language needs one of its forms only.
/// </summary>
internal static class SampleCsv
{
    public static List<string[]> Rows(string csv)
    {
        var options = new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true, MalformedData = CsvMalformedDataHandling.Throw, FieldCountMismatch = CsvFieldCountHandling.Throw };
        using var reader = CsvReader.FromText(csv, options);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    public static List<string> Forgotten(IReadOnlyList<string> header, IReadOnlyList<string> row, IEnumerable<SampleValue> values) =>
        [.. values
            .Where(value => value.Kind == "model" && value.NotInExport is null && value.Property.Shape != ValueShape.Kind)
            .Where(value => !Holds(header, row, value))
            .Select(value => value.ToString())];

    private static bool Holds(IReadOnlyList<string> header, IReadOnlyList<string> row, SampleValue value)
    {
        var column = header.ToList().IndexOf(value.Root);
        if (column < 0)
        {
            return false;
        }

        var cell = SchemaSample.Normal(row[column]);
        return value.Flag is not null ? row[column] == "true" : value.Forms.Any(form => cell.Contains(form, StringComparison.Ordinal));
    }
}
