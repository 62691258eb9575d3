using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Yaml;

/// <summary>Writes records and registries as catalog YAML, every key in a fixed order, so equal data gives equal bytes.</summary>
internal static class CatalogFileWriter
{
    public static string Model(ModelRecord model, string path)
    {
        var yaml = Start(path, "model").Scalar("id", model.Id).Scalar("section", model.Section).Number("order", model.Order);
        yaml.Text("name", model.Name);
        WriteUrl(yaml, model.Url, model.LocalizedUrl);
        yaml.Number("year", model.Year == 0 ? null : (long?)model.Year).Scalar("announced", model.Announced)
            .Scalar("withdrawn", model.Withdrawn).Scalar("withdrawn_reason", model.WithdrawnReason)
            .Text("domain", model.Domain)
            .Text("architecture", model.Architecture)
            .Text("base_model", model.BaseModel)
            .Items("base_models", model.BaseModels.ToList(), static (item, link) => item.Scalar("model", link.Model).Scalar("relation", link.Relation))
            .Scalar("parameters", Size(model.Parameters))
            .Scalar("active_parameters", Size(model.ActiveParameters));
        WriteContextLengths(yaml, model.ContextLengths);
        yaml.Text("training_data", model.TrainingData)
            .List("datasets", Ids(model.Datasets))
            .Items("training", model.Training.ToList(), WriteTrainingStage)
            .List("caveat_added_for", Ids(model.CaveatAddedFor))
            .List("developers", Ids(model.Developers))
            .List("licenses", Ids(model.Licenses))
            .Text("platform", model.Platform)
            .Scalar("huggingface_support", model.HuggingFaceSupport is { } support ? ClosedSetSpellings.Of(support) : null)
            .List("undisclosed", model.Undisclosed.ToList())
            .Items("variants", model.Variants.ToList(), WriteVariant);
        WriteFootnotes(yaml, model.Footnotes);
        WriteDisplayTexts(yaml, model.DisplayTexts);
        WriteOtherColumns(yaml, model.OtherColumns);
        WriteLinks(yaml, model.Links);
        yaml.Items("suppress", model.Suppressions.ToList(), static (item, suppression) => item.Scalar("rule", suppression.RuleId).Scalar("reason", suppression.Reason));
        return yaml.ToString();
    }

    public static string Benchmark(BenchmarkRecord benchmark, string path)
    {
        var yaml = Start(path, "benchmark").Scalar("id", benchmark.Id).Scalar("section", benchmark.Section).Number("order", benchmark.Order);
        yaml.Text("name", benchmark.Name);
        WriteUrl(yaml, benchmark.Url, benchmark.LocalizedUrl);
        yaml.Scalar("anchor", benchmark.Anchor)
            .Text("description", benchmark.Description)
            .List("developers", Ids(benchmark.Developers));
        WriteFootnotes(yaml, benchmark.Footnotes);
        WriteDisplayTexts(yaml, benchmark.DisplayTexts);
        WriteOtherColumns(yaml, benchmark.OtherColumns);
        WriteLinks(yaml, benchmark.Links);
        return yaml.ToString();
    }

    public static string Paper(PaperRecord paper, string path) =>
        Start(path, "paper").Scalar("id", paper.Id).Scalar("section", paper.Section).Number("order", paper.Order)
            .Text("name", paper.Name)
            .Scalar("published", paper.Published)
            .Scalar("venue", paper.Venue)
            .Scalar("title", paper.Title)
            .Scalar("url", paper.Url)
            .ToString();

    public static string Developers(IEnumerable<DeveloperEntry> developers, string path) =>
        Start(path, "developers").Items("developers", developers.ToList(), (yaml, developer) =>
            yaml.Scalar("id", developer.Id).Text("name", developer.Name).Flag("individual", developer.Individual).Scalar("url", developer.Url)).ToString();

    public static string Licenses(IEnumerable<LicenseEntry> licenses, string path) =>
        Start(path, "licenses").Items("licenses", licenses.ToList(), (yaml, license) =>
            yaml.Scalar("id", license.Id).Text("name", license.Name).Scalar("spdx", license.Spdx).Scalar("huggingface", license.HuggingFaceLicense).List("aliases", license.Aliases.ToList())
                .Scalar("commercial_use", ClosedSetSpellings.Of(license.CommercialUse)).Scalar("url", license.Url).List("derivatives", license.Derivatives.ToList()).Items("links", license.Links.ToList(), WriteLink)).ToString();

    public static string BaseModels(IEnumerable<BaseModelEntry> baseModels, string path) =>
        Start(path, "base_models").Items("base_models", baseModels.ToList(), (yaml, entry) =>
            yaml.Scalar("id", entry.Id).Text("name", entry.Name).Scalar("developer", entry.Developer).List("licenses", Ids(entry.Licenses))
                .List("parameters", entry.Parameters.ToList()).List("huggingface", entry.HuggingFaceIds.ToList()).Scalar("url", entry.Url)
                .List("aliases", entry.Aliases.ToList()).List("base_models", Ids(entry.BaseModels))).ToString();

    public static string Datasets(IEnumerable<DatasetEntry> datasets, string path) =>
        Start(path, "datasets").Items("datasets", datasets.ToList(), (yaml, dataset) =>
            yaml.Scalar("id", dataset.Id).Text("name", dataset.Name).List("aliases", dataset.Aliases.ToList()).Scalar("url", dataset.Url)
                .List("languages", dataset.Languages.ToList()).Scalar("license", dataset.License)
                .List("generated_by", dataset.GeneratedBy.ToList()).Scalar("generated_by_source", dataset.GeneratedBySource)).ToString();

    public static string Footnotes(IEnumerable<FootnoteEntry> footnotes, string path) =>
        Start(path, "footnotes").Items("footnotes", footnotes.ToList(), (yaml, footnote) =>
            yaml.Scalar("id", footnote.Id).Text("text", footnote.Text).Flag("openai_terms_caveat", footnote.OpenAiTermsCaveat).List("list_phrases", footnote.ListPhrases.ToList()).Items("links", footnote.Links.ToList(), WriteLink)).ToString();

    public static string Vocabulary(IEnumerable<WordEntry> words, string path) =>
        Start(path, "vocabulary").Items("vocabulary", words.ToList(), (yaml, word) =>
            yaml.Scalar("id", word.Id).Text("text", word.Text).List("aliases", word.Aliases.ToList())).ToString();

    public static string Sections(IEnumerable<SectionEntry> sections, string path) =>
        Start(path, "sections").Items("sections", sections.ToList(), WriteSection).ToString();

    private static void WriteSection(YamlWriter yaml, SectionEntry section)
    {
        yaml.Scalar("id", section.Id).Scalar("parent", section.Parent).Number("level", section.Level).Scalar("anchor", section.Anchor)
            .Text("heading", section.Heading)
            .Text("intro", section.Intro)
            .Scalar("records", section.RecordKind)
            .Scalar("category", section.Category is { } category ? ModelCategories.ByName.First(pair => pair.Value == category).Key : null)
            .Scalar("ordering", section.Ordering)
            .Scalar("variants_in", section.VariantsIn)
            .Number("long_context_from", section.LongContextFrom)
            .Scalar("base_relation", section.BaseRelation)
            .Items("columns", section.Columns.ToList(), (column, item) =>
                column.Scalar("field", item.Field).Scalar("key", item.Key).Text("header", item.Header).Scalar("align", item.Alignment))
            .Text("outro", section.Outro);
    }

    private static YamlWriter Start(string path, string kind) =>
        new YamlWriter().Comment(CatalogLayout.Modeline(path, kind)).Scalar("kind", kind);

    private static void WriteUrl(YamlWriter yaml, string? url, LocalizedText? perLanguage)
    {
        if (perLanguage is not null)
        {
            yaml.Text("url", perLanguage);
        }
        else
        {
            yaml.Scalar("url", url);
        }
    }

    private static void WriteVariant(YamlWriter yaml, VariantRecord variant)
    {
        if (variant.LocalizedLabel is not null)
        {
            yaml.Text("label", variant.LocalizedLabel);
        }
        else
        {
            yaml.Scalar("label", variant.Label);
        }

        yaml.Scalar("size", variant.Size);
        yaml.Scalar("hf", variant.HuggingFaceId).Scalar("url", variant.Url)
            .Scalar("parameters", Size(variant.Parameters)).Scalar("active_parameters", Size(variant.ActiveParameters))
            .Scalar("format", variant.Format).Number("bits", variant.Bits).Scalar("quantized_from", variant.QuantizedFrom)
            .List("licenses", Ids(variant.Licenses));
    }

    private static void WriteTrainingStage(YamlWriter item, TrainingStage stage) =>
        item.Scalar("stage", stage.Stage).Scalar("label", stage.Label).List("datasets", Ids(stage.Datasets))
            .Scalar("tokens", stage.Tokens).List("amounts", stage.Amounts.ToList()).Scalar("applies_to", stage.AppliesTo);

    private static void WriteContextLengths(YamlWriter yaml, EquatableArray<ContextLength> lengths)
    {
        if (lengths.Count == 1 && lengths[0].AppliesTo is null)
        {
            yaml.Number("context_length", lengths[0].Tokens);
            return;
        }

        yaml.Items("context_length", lengths.ToList(), (item, length) => item.Number("tokens", length.Tokens).Scalar("applies_to", length.AppliesTo));
    }

    private static void WriteFootnotes(YamlWriter yaml, EquatableArray<FootnoteReference> footnotes)
    {
        if (footnotes.IsEmpty)
        {
            return;
        }

        var byField = footnotes.GroupBy(footnote => footnote.Field).ToList();
        yaml.Mapping("footnotes", entries =>
        {
            foreach (var field in byField)
            {
                entries.List(field.Key, field.Select(footnote => footnote.FootnoteId).ToList());
            }
        });
    }

    private static void WriteDisplayTexts(YamlWriter yaml, EquatableArray<FieldText> texts)
    {
        foreach (var text in texts)
        {
            yaml.Text(text.Field + "_text", text.Text);
        }
    }

    private static void WriteOtherColumns(YamlWriter yaml, EquatableArray<FieldText> cells) =>
        yaml.Items("other_columns", cells.ToList(), static (item, cell) => item.Scalar("column", cell.Field).Text("text", cell.Text));

    private static void WriteLinks(YamlWriter yaml, EquatableArray<TextLink> links) => yaml.Items("links", links.ToList(), WriteLink);

    private static void WriteLink(YamlWriter item, TextLink link) => item.Scalar("field", link.Field).Scalar("text", link.Text).Scalar("url", link.Url);

    private static List<string> Ids(EquatableArray<EntryReference> references) => references.Select(reference => reference.Id).ToList();

    private static string? Size(long? count) => count is null ? null : ParameterCount.Format(count.Value);
}
