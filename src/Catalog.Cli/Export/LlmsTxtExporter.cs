using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Cli.Compiled;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Json;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>
/// The catalog as an llms.txt (llmstxt.org): an H1 title, a blockquote summary, then H2 sections of
/// <c>- [name](url): notes</c> links, one section per model category, then benchmarks; papers go under
/// "Optional", the section the format lets a reader with a short context skip.
/// </summary>
internal static class LlmsTxtExporter
{
    private static readonly IReadOnlyDictionary<ModelCategory, string> CategoryHeadings = new Dictionary<ModelCategory, string>
    {
        [ModelCategory.TextGeneration] = "Text generation models",
        [ModelCategory.Encoder] = "Encoder models",
        [ModelCategory.Embedding] = "Embedding models",
        [ModelCategory.VisionLanguage] = "Vision-language models",
        [ModelCategory.Speech] = "Speech models",
        [ModelCategory.Music] = "Music models",
    };

    public static string Export(CatalogContent catalog)
    {
        var models = catalog.Compile().Models;
        var text = new StringBuilder();
        text.Append("# ").Append(CatalogTitle.Title).Append("\n\n");
        text.Append("> ").Append(CatalogTitle.Summary).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{models.Count} model families, {catalog.Benchmarks.Count} benchmarks and {catalog.Papers.Count} papers. ");
        text.Append("Each model line gives its year, largest size, context length, developers, licenses and whether commercial use is allowed. ");
        text.Append(CultureInfo.InvariantCulture, $"Source: {CatalogTitle.Source}\n");
        foreach (var category in CategoryHeadings.Keys)
        {
            var inCategory = models.Where(model => model.Category == category).OrderByDescending(model => model.Record.Year).ThenBy(model => model.Record.Id, System.StringComparer.Ordinal).ToList();
            if (inCategory.Count == 0)
            {
                continue;
            }

            text.Append("\n## ").Append(CategoryHeadings[category]).Append("\n\n");
            foreach (var model in inCategory)
            {
                AppendLink(text, model.Record.Name, model.Link, ModelNotes(model, catalog));
            }
        }

        text.Append("\n## Benchmarks\n\n");
        foreach (var benchmark in catalog.Benchmarks)
        {
            AppendLink(text, benchmark.Name, benchmark.Url, ExportVocabulary.Plain(benchmark.Description, CatalogLanguage.English));
        }

        text.Append("\n## Optional\n\n");
        foreach (var paper in catalog.Papers.OrderBy(paper => paper.Published ?? "9999", System.StringComparer.Ordinal))
        {
            AppendLink(text, paper.Name, paper.Url, $"{ExportVocabulary.Plain(paper.Title)} ({paper.Venue ?? "preprint"}, {paper.Published ?? "undated"})");
        }

        return text.ToString();
    }

    private static string ModelNotes(CompiledModel model, CatalogContent catalog)
    {
        var record = model.Record;
        var notes = new List<string>();
        if (record.Year is { } year)
        {
            notes.Add(year.ToString(CultureInfo.InvariantCulture));
        }

        if (model.MaxParameters is { } parameters)
        {
            notes.Add("up to " + ParameterCount.Format(parameters) + " parameters");
        }

        if (model.MaxContextLength is { } tokens)
        {
            notes.Add(tokens.ToString("N0", CultureInfo.InvariantCulture) + "-token context");
        }

        var developers = ExportVocabulary.DeveloperNames(record.Developers, catalog, CatalogLanguage.English);
        if (developers.Length > 0)
        {
            notes.Add("by " + developers);
        }

        if (model.Licenses.Count > 0)
        {
            notes.Add(ExportVocabulary.Names(model.Licenses, license => license.Name, CatalogLanguage.English));
        }

        notes.Add("commercial use: " + ClosedSetSpellings.Of(model.CommercialUse) + (model.HasOpenAiTermsCaveat ? " (OpenAI-terms caveat)" : ""));
        return string.Join("; ", notes);
    }

    private static void AppendLink(StringBuilder text, LocalizedText name, string? url, string notes)
    {
        var plain = MarkdownEscaping.OneLine(MarkdownEscaping.Inert(ExportVocabulary.Plain(name, CatalogLanguage.English).Replace("[", "(").Replace("]", ")"))).Trim();

        // A name that is only markup ("**") reads as nothing; an empty item would lose the record's line.
        var title = plain.Length == 0 ? "(untitled)" : plain;
        text.Append("- ").Append(SafeLinks.IsSafe(url) ? MarkdownLink.OrText(title, url) : MarkdownEscaping.LineStart(title));
        if (notes.Length > 0)
        {
            text.Append(": ").Append(MarkdownEscaping.OneLine(MarkdownEscaping.Inert(notes)));
        }

        text.Append('\n');
    }
}
