using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>The registry files under catalog/registries/: each a <c>kind:</c> and one list of entries.</summary>
public static class RegistrySchemas
{
    private static readonly RecordAccess<DeveloperEntry> OfDeveloper = new();
    private static readonly RecordAccess<LicenseEntry> OfLicense = new();
    private static readonly RecordAccess<BaseModelEntry> OfBaseModel = new();
    private static readonly RecordAccess<DatasetEntry> OfDataset = new();
    private static readonly RecordAccess<FootnoteEntry> OfFootnote = new();
    private static readonly RecordAccess<SectionColumn> OfColumn = new();
    private static readonly RecordAccess<SectionEntry> OfSection = new();
    private static readonly RecordAccess<WordEntry> OfWord = new();

    public static readonly SchemaObject Developer = new(
        "developer",
        "An organisation or person that develops models, with its canonical name in each language.",
        new[]
        {
            CommonProperties.Id("developer", "sb-intuitions"),
            new SchemaProperty("name", ValueShape.LocalizedText, "The canonical name, or a mapping of ja, en and fr names.") { Required = true, Access = OfDeveloper.Member(d => d.Name) },
            new SchemaProperty("individual", ValueShape.Boolean, "An individual rather than an organisation; the list writes them 個人 (name).") { Access = OfDeveloper.Member(d => d.Individual) },
            new SchemaProperty("url", ValueShape.Text, "The developer's site or profile.") { Link = true, Access = OfDeveloper.Member(d => d.Url) },
        })
    {
        Make = ListItems.Of(() => new DeveloperEntry("", "")),
    };

    public static readonly SchemaObject License = new(
        "license",
        "A license or terms of use under which models are published.",
        new[]
        {
            CommonProperties.Id("license", "apache-2.0"),
            new SchemaProperty("name", ValueShape.LocalizedText, "The display name, or a mapping of ja, en and fr names.") { Required = true, Access = OfLicense.Member(l => l.Name) },
            new SchemaProperty("spdx", ValueShape.Text, "The SPDX identifier, where one exists (Apache-2.0, CC-BY-NC-4.0, …).") { Access = OfLicense.Member(l => l.Spdx) },
            new SchemaProperty("huggingface", ValueShape.Text, "The Hugging Face 'license:' tag, where the Hub has one.") { Access = OfLicense.Member(l => l.HuggingFaceLicense) },
            CommonProperties.Aliases(OfLicense.Member(l => l.Aliases)),
            new SchemaProperty("commercial_use", ValueShape.Text, "Whether the license lets you use a model commercially: allowed, not-allowed, conditional (user caps, acceptable-use policies, contacting the developer) or unknown.") { Required = true, Values = ClosedSets.CommercialUse.Keys.ToArray(), Access = OfLicense.Member(l => ClosedSetSpellings.Of(l.CommercialUse), (l, use) => l with { CommercialUse = ClosedSets.CommercialUse[use!] }) },
            new SchemaProperty("url", ValueShape.Text, "Where the license text is published.") { Link = true, Access = OfLicense.Member(l => l.Url) },
            new SchemaProperty("derivatives", ValueShape.TextList, "What the license requires of models derived from a model under it: keep-license (a derivative stays under it), attribution, naming (a prescribed name prefix), non-commercial, share-alike. The license-inheritance rule reads it.") { Values = ClosedSets.DerivativeTerms, Access = OfLicense.Member(l => l.Derivatives) },
            CommonProperties.Links(),
        })
    {
        Make = ListItems.Of(() => new LicenseEntry("", "")),
    };

    /// <summary>Why a foreign base model's spellings stop before the typed catalog: they teach the importer.</summary>
    private const string ImporterKnowledge = "it teaches the importer the list's spellings";

    public static readonly SchemaObject BaseModel = new(
        "base model",
        "A model outside the list that the list's models are trained from (Llama, Qwen, Mistral, …): a target of model records' 'base_models'.",
        new[]
        {
            CommonProperties.Id("base model", "llama-3"),
            new SchemaProperty("name", ValueShape.LocalizedText, "The model family's name.") { Required = true, Access = OfBaseModel.Member(b => b.Name) },
            new SchemaProperty("developer", ValueShape.Text, "Who publishes it (an organisation's name).") { Access = OfBaseModel.Member(b => b.Developer) },
            new SchemaProperty("licenses", ValueShape.IdList, "License ids (registries/licenses.yaml) it is published under.") { References = "licenses", Access = OfBaseModel.Member(b => b.Licenses) },
            new SchemaProperty("parameters", ValueShape.TextList, "The sizes it is published in: 7B, 1.8B, 310M, …") { Pattern = ValuePatterns.ParameterCount, Access = OfBaseModel.Member(b => b.Parameters) },
            new SchemaProperty("huggingface", ValueShape.TextList, "Hugging Face repo ids of its releases ('owner/name'); the importer resolves a base named by repo id through them.") { Access = OfBaseModel.Member(b => b.HuggingFaceIds) },
            new SchemaProperty("url", ValueShape.Text, "The model's announcement or model card.") { Link = true, Access = OfBaseModel.Member(b => b.Url) },
            new SchemaProperty("aliases", ValueShape.TextList, "Other spellings the list uses for it (Qwen 2.5, Mixtral-8x7B-Instruct-v0.1, …); the importer resolves base-model cells through them.") { NotInRuntime = ImporterKnowledge, NotInExport = ImporterKnowledge, Access = OfBaseModel.Member(b => b.Aliases) },
            new SchemaProperty("base_models", ValueShape.IdList, "The base models (ids of this registry) it was itself trained from, so lineage and license inheritance go on through it.") { References = "base_models", Access = OfBaseModel.Member(b => b.BaseModels) },
        })
    {
        Make = ListItems.Of(() => new BaseModelEntry("", "")),
    };

    public static readonly SchemaObject Dataset = new(
        "dataset",
        "A training data set that model records refer to.",
        new[]
        {
            CommonProperties.Id("dataset", "ultrachat-200k"),
            new SchemaProperty("name", ValueShape.LocalizedText, "The data set's name.") { Required = true, Access = OfDataset.Member(d => d.Name) },
            CommonProperties.Aliases(OfDataset.Member(d => d.Aliases)),
            new SchemaProperty("url", ValueShape.Text, "Where the data set is published.") { Link = true, Access = OfDataset.Member(d => d.Url) },
            new SchemaProperty("languages", ValueShape.TextList, "The languages of its text, as ISO 639-1 codes (ja, en, …); code for source code.") { Access = OfDataset.Member(d => d.Languages) },
            new SchemaProperty("license", ValueShape.Text, "The data set's license as its publisher states it (an SPDX identifier where one exists).") { Access = OfDataset.Member(d => d.License) },
            new SchemaProperty("generated_by", ValueShape.TextList, "The model makers whose outputs this synthetic data set was generated with (e.g. openai): models trained on it inherit their terms.") { Access = OfDataset.Member(d => d.GeneratedBy) },
            new SchemaProperty("generated_by_source", ValueShape.Text, "Where the generated_by fact is stated.") { Link = true, Access = OfDataset.Member(d => d.GeneratedBySource) },
        })
    {
        Make = ListItems.Of(() => new DatasetEntry("", "")),
    };

    public static readonly SchemaObject Footnote = new(
        "footnote",
        "A footnote records attach to their cells; numbered in registry order.",
        new[]
        {
            CommonProperties.Id("footnote", "plamo-13b-architecture"),
            new SchemaProperty("text", ValueShape.LocalizedText, "The footnote's text, or a mapping of ja, en and fr texts, as plain text (links go in 'links').") { Required = true, Access = OfFootnote.Member(f => f.Text) },
            new SchemaProperty("openai_terms_caveat", ValueShape.Boolean, "Marks the footnote that warns a model was tuned on OpenAI outputs, which the analyzers and the runtime look for.") { Access = OfFootnote.Member(f => f.OpenAiTermsCaveat) },
            new SchemaProperty("list_phrases", ValueShape.TextList, "Phrases (or a URL) of the list's own definition of this footnote, in any of its languages, by which the importer recognises it whatever number the list gives it.")
            {
                NotInRuntime = CommonProperties.ImporterKnowledge,
                NotInExport = CommonProperties.ImporterKnowledge,
                Access = OfFootnote.Member(f => f.ListPhrases),
            },
            CommonProperties.Links(),
        })
    {
        Make = ListItems.Of(() => new FootnoteEntry("", "")),
    };

    public static readonly SchemaObject Column = new(
        "column",
        "A table column: the record field it shows and its header text.",
        new[]
        {
            new SchemaProperty("field", ValueShape.Text, "The record field the column shows.") { Required = true, Values = ModelSchema.DisplayFields.Concat(BenchmarkSchema.DisplayFields).Concat(new[] { "published", "venue", "title", SectionColumn.OtherField }).Distinct().ToArray(), Access = OfColumn.Member(c => c.Field) },
            new SchemaProperty("key", ValueShape.Text, "For a column of field 'other' (one the catalog has no field for yet): the key its cells are kept under in the records' other_columns.") { Pattern = ValuePatterns.Id, Access = OfColumn.Member(c => c.Key) },
            new SchemaProperty("header", ValueShape.LocalizedText, "The header text, or a mapping of ja, en and fr headers.") { Access = OfColumn.Member(c => c.Header) },
            new SchemaProperty("align", ValueShape.Text, "The column's alignment; center when left out.") { Values = ClosedSets.Alignments, Access = OfColumn.Member(c => c.Alignment) },
        })
    {
        Make = ListItems.Of(() => new SectionColumn("", LocalizedText.Same(""), "center")),
    };

    /// <summary>Markdown has six heading levels; a deeper one is not a heading (and a huge one exhausted memory when rendered).</summary>
    public const int MaxHeadingLevel = 6;

    /// <summary>Why a section's layout keys are not in the typed catalog, which knows sections by id only.</summary>
    private const string LayoutOnly = "it lays out the rendered list; the typed catalog knows sections by id";

    public static readonly SchemaObject Section = new(
        "section",
        "A section of the list: its heading, anchor and table columns in each language.",
        new[]
        {
            new SchemaProperty("id", ValueShape.SectionId, "The section's id, a path of id segments below its parent's (text-generation/from-scratch/general); records name it in 'section:'.") { Required = true, Access = OfSection.Member(s => s.Id) },
            new SchemaProperty("parent", ValueShape.SectionId, "The id of the enclosing section.") { NotInExport = LayoutOnly, References = "sections", Access = OfSection.Member(s => s.Parent) },
            new SchemaProperty("level", ValueShape.Integer, "The heading level (1 for the title, 2 for ##, …, 6 for ######, the deepest markdown has).") { Required = true, Minimum = 1, Maximum = MaxHeadingLevel, NotInRuntime = LayoutOnly, NotInExport = LayoutOnly, Access = OfSection.Member(s => (int?)s.Level, (s, level) => s with { Level = level ?? 0 }) },
            new SchemaProperty("anchor", ValueShape.Text, "The HTML anchor of the heading, so other sections can link to it.") { NotInRuntime = LayoutOnly, NotInExport = LayoutOnly, Access = OfSection.Member(s => s.Anchor) },
            new SchemaProperty("heading", ValueShape.LocalizedText, "The heading, or a mapping of ja, en and fr headings.") { Required = true, NotInRuntime = LayoutOnly, NotInExport = LayoutOnly, Access = OfSection.Member(s => s.Heading) },
            new SchemaProperty("intro", ValueShape.LocalizedText, "Prose shown between the heading and the table.") { NotInRuntime = LayoutOnly, NotInExport = LayoutOnly, Access = OfSection.Member(s => s.Intro) },
            new SchemaProperty("records", ValueShape.Text, "The kind of record its table lists; leave it out for a heading without a table.") { Values = ClosedSets.RecordKinds, NotInRuntime = LayoutOnly, NotInExport = LayoutOnly, Access = OfSection.Member(s => s.RecordKind) },
            new SchemaProperty("category", ValueShape.Text, "The model category, for model sections; child sections inherit their parent's.") { Values = ModelCategories.ByName.Keys.ToArray(), Access = OfSection.Member(s => s.Category is { } category ? ClosedSetSpellings.Of(category) : null, (s, category) => s with { Category = ModelCategories.ByName[category!] }) },
            new SchemaProperty("ordering", ValueShape.Text, "How the table orders its rows: parameters-desc (largest first), year-desc (newest first), published (oldest paper first) or catalog (by each record's order).") { Values = ClosedSets.Orderings, NotInRuntime = LayoutOnly, NotInExport = LayoutOnly, Access = OfSection.Member(s => s.Ordering) },
            new SchemaProperty("variants_in", ValueShape.Text, "The column whose cell lists the size variants.") { Values = ClosedSets.VariantColumns, NotInRuntime = LayoutOnly, NotInExport = LayoutOnly, Access = OfSection.Member(s => s.VariantsIn) },
            new SchemaProperty("long_context_from", ValueShape.Integer, "Context lengths from this many tokens on are shown in bold.") { Minimum = 1, NotInRuntime = LayoutOnly, NotInExport = LayoutOnly, Access = OfSection.Member(s => s.LongContextFrom) },
            new SchemaProperty("base_relation", ValueShape.Text, "How the models of this section derive from their base models; the importer records it on each base it resolves in the section's rows.") { Values = ClosedSets.BaseRelations, NotInRuntime = ImporterKnowledge, NotInExport = ImporterKnowledge, Access = OfSection.Member(s => s.BaseRelation) },
            new SchemaProperty("columns", ValueShape.ObjectList, "The table's columns, left to right.") { Items = Column, NotInRuntime = LayoutOnly, NotInExport = LayoutOnly, Access = OfSection.Member(s => s.Columns) },
            new SchemaProperty("outro", ValueShape.LocalizedText, "Prose shown after the table.") { NotInRuntime = LayoutOnly, NotInExport = LayoutOnly, Access = OfSection.Member(s => s.Outro) },
        })
    {
        Make = ListItems.Of(() => new SectionEntry("", "")),
    };

    public static readonly SchemaObject Word = new(
        "word",
        "A word the list writes for something that is not a name, with the spellings the importer and the checker recognise for it.",
        new[]
        {
            new SchemaProperty("id", ValueShape.Text, "Which word: undisclosed (a fact the developer has not disclosed), unknown-license (no license stated), individual (the word before an individual developer's name), full-precision and quantized (words in a repository name that say its weights are full precision, or quantized in a way the name does not say), caveat-mark (the mark before the OpenAI-terms footnote in the license column), support-yes, support-convertible and support-no (the Hugging Face support column's marks).") { Required = true, Values = ClosedSets.Words, Access = OfWord.Member(w => w.Id) },
            new SchemaProperty("text", ValueShape.LocalizedText, "What the list writes for it, or a mapping of ja, en and fr texts; the renderer writes it and the importer reads it.") { Access = OfWord.Member(w => w.Text) },
            new SchemaProperty("aliases", ValueShape.TextList, "Other spellings of it the list uses, which the importer and the checker recognise (compared trimmed and without case).") { Access = OfWord.Member(w => w.Aliases) },
        })
    {
        Make = ListItems.Of(() => new WordEntry("", "")),
    };

    /// <summary>Why the vocabulary is in neither the typed catalog nor the exports: it is how the list writes, not a fact of the catalog.</summary>
    private const string ListWording = "it teaches the tools how the list writes, not a fact about models";

    public static readonly SchemaFile Developers = File("developers", "developer", Developer);

    public static readonly SchemaFile Licenses = File("licenses", "license", License);

    public static readonly SchemaFile Datasets = File("datasets", "data set", Dataset);

    public static readonly SchemaFile Footnotes = File("footnotes", "footnote", Footnote);

    public static readonly SchemaFile BaseModels = File("base_models", "base model", BaseModel);

    public static readonly SchemaFile Sections = File("sections", "section", Section);

    public static readonly SchemaFile Vocabulary = File(
        "vocabulary",
        "word",
        Word,
        ListWording,
        "The vocabulary registry: the list's fixed words, which the importer reads, the renderer writes and the checker recognises, each known by its id. Teach the tools a spelling by adding it to the word's aliases.");

    private static SchemaFile File(string kind, string entryName, SchemaObject entry, string? notInCatalog = null, string? description = null) => new(
        kind,
        $"Japanese LLM catalog: {kind} registry",
        new SchemaObject(
            $"{kind} registry",
            description ?? $"The {kind} registry: every {entryName} records may refer to, by id.",
            new[]
            {
                CommonProperties.Kind(kind),
                new SchemaProperty(kind, ValueShape.ObjectList, $"Every {entryName}, one mapping each.") { Required = true, Items = entry, NotInRuntime = notInCatalog, NotInExport = notInCatalog },
            }));
}
