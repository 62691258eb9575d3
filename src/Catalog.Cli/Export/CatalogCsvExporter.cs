using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Cli.Compiled;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>
/// The models as CSV (RFC 4180: comma-separated, CRLF rows, quoted where needed), one row per model family, English text.
/// A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
/// leading apostrophe, as OWASP's CSV-injection advice has it; links that are not http(s) are left out.
/// </summary>
internal static class CatalogCsvExporter
{
    public static readonly string[] Columns =
    {
        "id", "name", "category", "section", "year", "announced", "architecture", "base_model", "parameters",
        "context_length", "developers", "licenses", "commercial_use", "openai_terms_caveat", "url", "huggingface_ids",
        "base_models", "lineage",
        "datasets",
    };

    public static string Export(CatalogContent catalog) => Export(catalog.Compile().Models, catalog);

    public static string Export(IEnumerable<CompiledModel> models, CatalogContent catalog)
    {
        var text = new StringBuilder();
        AppendRow(text, Columns);
        foreach (var model in models)
        {
            var record = model.Record;
            AppendRow(text, new[]
            {
                record.Id,
                ExportVocabulary.Plain(record.Name, Language.En),
                ClosedSetSpellings.Of(model.Category),
                record.Section,
                record.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
                record.Announced ?? "",
                ExportVocabulary.Plain(record.Architecture, Language.En),
                ExportVocabulary.Plain(record.BaseModel, Language.En),
                model.MaxParameters?.ToString(CultureInfo.InvariantCulture) ?? "",
                model.MaxContextLength?.ToString(CultureInfo.InvariantCulture) ?? "",
                ExportVocabulary.DeveloperNames(record.Developers, catalog, Language.En),
                string.Join(" ", model.Licenses.Select(license => license.Id)),
                ClosedSetSpellings.Of(model.CommercialUse),
                model.HasOpenAiTermsCaveat ? "true" : "false",
                SafeLinks.Safe(record.Url) ?? "",
                string.Join(" ", record.Variants.Select(variant => variant.HuggingFaceId).Where(id => id is not null)),
                string.Join(" ", model.BaseModels.Select(link => link.Relation is null ? link.Id : $"{link.Id}:{link.Relation}")),
                string.Join(" ", model.Lineage),
                string.Join(" ", record.Datasets.Select(dataset => dataset.Id)),
            });
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
