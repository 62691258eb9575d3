using System.Collections.Generic;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Cli.Catalog;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>
/// The models as CSV (RFC 4180: comma-separated, CRLF rows, quoted where needed), one row per model family, English text.
/// The columns are the model keys of the schema description that reach the exports, in its order, then the facts the
/// JSON contract derives (<see cref="DerivedColumns"/>); each cell is the JSON export's value of its key, flattened
/// (<see cref="CsvCell"/>), so a field added to the description and the contract is a column without a change here.
/// A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
/// leading apostrophe, as OWASP's CSV-injection advice has it; links that are not http(s) are left out.
/// </summary>
internal static class CatalogCsvExporter
{
    /// <summary>What the JSON contract derives for a model and no key declares: its category, most restrictive commercial use, caveat and ancestors.</summary>
    private static readonly string[] DerivedColumns = { "category", "commercial_use", "openai_terms_caveat", "lineage" };

    private static readonly SchemaProperty[] Exported = ModelSchema.Record.Properties
        .Where(property => property.NotInExport is null && property.Shape != ValueShape.Kind)
        .ToArray();

    public static readonly string[] Columns = Exported.Select(property => property.Key).Concat(DerivedColumns).ToArray();

    public static string Export(CatalogContent catalog)
    {
        var text = new StringBuilder();
        AppendRow(text, Columns);
        foreach (var model in catalog.Compile().Models)
        {
            var document = model.JsonElement();
            AppendRow(text, Exported.Select(property => CsvCell.Of(document, property.Key, property.Shape))
                .Concat(DerivedColumns.Select(column => CsvCell.Of(document, column, shape: null))));
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells)
    {
        text.Append(string.Join(",", cells.Select(Quote))).Append("\r\n");
    }

    private static string Quote(string cell)
    {
        var safe = StartsFormula(cell) ? "'" + cell : cell;
        return safe.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? safe : "\"" + safe.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>https://owasp.org/www-community/attacks/CSV_Injection: the characters a spreadsheet starts a formula with.</summary>
    private static bool StartsFormula(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
