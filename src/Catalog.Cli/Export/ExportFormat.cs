using System;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Commands;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>The formats of <c>jllm export --format</c>.</summary>
internal static class ExportFormat
{
    public static readonly string[] Names = { "json", "csv", "llms-txt" };

    public static Func<CatalogContent, string> Exporter(string format) => format switch
    {
        "json" => CatalogJsonExporter.Export,
        "csv" => CatalogCsvExporter.Export,
        "llms-txt" => LlmsTxtExporter.Export,
        _ => throw new UsageException($"--format {format}: use one of {string.Join(", ", Names)}"),
    };
}
