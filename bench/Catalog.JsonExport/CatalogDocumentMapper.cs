using System.Globalization;
using JapaneseLlm.Catalog.JsonBaseline.Data;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Text;
using JapaneseLlm.Catalog.Authoring.Validation;

namespace JapaneseLlm.Catalog.JsonExport;

/// <summary>Maps the validated catalog onto the baseline's JSON contracts, field for field with the generated classes.</summary>
internal static class CatalogDocumentMapper
{
    public static JsonCatalogDocument Map(ValidatedCatalog catalog)
    {
        var sections = catalog.Sections.ToDictionary(section => section.Id, StringComparer.Ordinal);
        return new JsonCatalogDocument(
            catalog.Models.Select(model => Model(model, sections)).ToList(),
            catalog.Benchmarks.Select(Benchmark).ToList(),
            catalog.Papers.Select(Paper).ToList(),
            catalog.Developers.Select(entry => new JsonDeveloper(entry.Id, Text(entry.Name), entry.Individual, entry.Url)).ToList(),
            catalog.Licenses.Select(entry => new JsonLicense(entry.Id, Text(entry.Name), entry.Spdx, entry.HuggingFaceLicense, entry.CommercialUse.ToString(), entry.Url)).ToList(),
            catalog.Datasets.Select(entry => new JsonDataset(entry.Id, Text(entry.Name), entry.Url, entry.GeneratedBy.ToList(), entry.GeneratedBySource)).ToList(),
            catalog.Footnotes.Select(entry => new JsonFootnote(entry.Id, Text(entry.Text), entry.OpenAiTermsCaveat)).ToList());
    }

    private static JsonModel Model(ModelRecord model, Dictionary<string, SectionEntry> sections) => new(
        model.Id,
        Text(model.Name),
        model.Url,
        Category(model.Section, sections).ToString(),
        model.Section,
        model.Year,
        Date(model.Announced),
        OptionalText(model.Domain),
        OptionalText(model.Architecture),
        OptionalText(model.BaseModel),
        model.ContextLengths.Select(length => new JsonContextLength(length.Tokens, Plain(length.AppliesTo))).ToList(),
        OptionalText(model.TrainingData),
        Ids(model.Developers),
        Ids(model.Licenses),
        OptionalText(model.Platform),
        model.HuggingFaceSupport?.ToString(),
        model.Variants.Select(variant => new JsonVariant(Plain(variant.Label)!, variant.HuggingFaceId, variant.Url, variant.Parameters, variant.ActiveParameters, Ids(variant.Licenses))).ToList(),
        Ids(model.Datasets),
        Footnotes(model.Footnotes));

    private static JsonBenchmark Benchmark(BenchmarkRecord benchmark) => new(
        benchmark.Id,
        Text(benchmark.Name),
        benchmark.Url,
        benchmark.Section,
        benchmark.Anchor,
        OptionalText(benchmark.Description),
        Ids(benchmark.Developers),
        Footnotes(benchmark.Footnotes));

    private static JsonPaper Paper(PaperRecord paper) =>
        new(paper.Id, Text(paper.Name), paper.Section, Date(paper.Published), Plain(paper.Venue), Plain(paper.Title)!, paper.Url);

    /// <summary>The section's category, else its nearest ancestor's, as the generator assigns it.</summary>
    private static ModelCategory Category(string sectionId, Dictionary<string, SectionEntry> sections)
    {
        for (var depth = 0; depth < 16 && sections.TryGetValue(sectionId, out var section); depth++)
        {
            if (section.Category is { } category)
            {
                return category;
            }

            if (section.Parent is not { } parent)
            {
                break;
            }

            sectionId = parent;
        }

        return ModelCategory.TextGeneration;
    }

    // The generated classes hold plain text (issue 14), so the baseline holds the same strings.
    private static JsonText Text(LocalizedText text) => new(Plain(text.Japanese), Plain(text.English), Plain(text.French));

    private static string? Plain(string? markdown) => markdown is null ? null : PlainText.FromMarkdown(markdown);

    private static JsonText? OptionalText(LocalizedText? text) => text is null ? null : Text(text);

    private static List<string> Ids(EquatableArray<EntryReference> references) => references.Select(reference => reference.Id).ToList();

    private static List<JsonFootnoteAttachment> Footnotes(EquatableArray<FootnoteReference> references) =>
        references.Select(reference => new JsonFootnoteAttachment(reference.Field, reference.FootnoteId)).ToList();

    private static DateTime? Date(string? date) =>
        date is null ? null : DateTime.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
