using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Compiled;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Export;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Parsing;

namespace JapaneseLlm.Catalog.Cli.Query;

/// <summary><c>jllm query</c>'s table for people: one line per model, the facts its filters ask about.</summary>
internal static class QueryTableWriter
{
    private static readonly string[] Headers = { "ID", "NAME", "YEAR", "PARAMS", "CONTEXT", "COMMERCIAL", "LICENSES", "DEVELOPERS" };

    private static readonly int[] MaximumWidths = { 36, 32, 4, 8, 8, 11, 28, 32 };

    public static void Write(TextWriter output, IEnumerable<CompiledModel> models, CatalogContent catalog, CatalogLanguage language)
    {
        var table = new TextTable(Headers, MaximumWidths);
        foreach (var model in models)
        {
            var record = model.Record;
            table.Add(
                record.Id,
                ExportVocabulary.OneLine(record.Name, language),
                record.Year?.ToString(CultureInfo.InvariantCulture) ?? "-",
                model.MaxParameters is { } parameters ? ParameterCount.Format(parameters) : "-",
                model.MaxContextLength is { } tokens ? tokens.ToString(CultureInfo.InvariantCulture) : "-",
                ClosedSetSpellings.Of(model.CommercialUse) + (model.HasOpenAiTermsCaveat ? "*" : ""),
                model.Licenses.Count == 0 ? "-" : string.Join(", ", model.Licenses.Select(license => license.Id)),
                ExportVocabulary.DeveloperNames(record.Developers, catalog, language));
        }

        table.WriteTo(output);
    }
}
