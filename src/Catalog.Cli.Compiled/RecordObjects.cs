using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Text;

namespace JapaneseLlm.Catalog.Cli.Compiled;

/// <summary>
/// The records as the runtime's objects, filled as the generated catalog fills them (src/Catalog.Generator/Emit): texts
/// as plain text, each category from its section, references resolved by id (an unknown id is left out, as the
/// generator leaves out what did not compile), each base a compiled model, else a foreign base model, else neither.
/// </summary>
internal sealed class RecordObjects
{
    private readonly Dictionary<string, License> licenses;
    private readonly Dictionary<string, Developer> developers;
    private readonly Dictionary<string, Dataset> datasets;
    private readonly Dictionary<string, Footnote> footnotes;
    private readonly Dictionary<string, BaseModel> baseModels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Model> models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModelRecord> modelRecords;
    private readonly Dictionary<string, Benchmark> benchmarks;
    private readonly Dictionary<string, Paper> papers;
    private readonly Dictionary<string, BaseModelEntry> baseModelEntries;
    private readonly Dictionary<string, Authoring.Records.ModelCategory> categories;

    public RecordObjects(
        IReadOnlyList<SectionEntry> sections,
        IReadOnlyList<ModelRecord> modelRecords,
        IReadOnlyList<BenchmarkRecord> benchmarkRecords,
        IReadOnlyList<PaperRecord> paperRecords,
        IReadOnlyList<DeveloperEntry> developerEntries,
        IReadOnlyList<LicenseEntry> licenseEntries,
        IReadOnlyList<DatasetEntry> datasetEntries,
        IReadOnlyList<FootnoteEntry> footnoteEntries,
        IReadOnlyList<BaseModelEntry> baseModelEntries)
    {
        categories = ModelCategories.BySection(sections);
        licenses = ById(licenseEntries, entry => entry.Id, License);
        developers = ById(developerEntries, entry => entry.Id, entry => new Developer(new DeveloperValues { Id = entry.Id, Name = Name(entry.Name), IsIndividual = entry.Individual, Url = entry.Url }));
        datasets = ById(datasetEntries, entry => entry.Id, Dataset);
        footnotes = ById(footnoteEntries, entry => entry.Id, entry => new Footnote(new FootnoteValues { Id = entry.Id, Text = Text(entry.Text), IsOpenAiTermsCaveat = entry.OpenAiTermsCaveat }));
        this.modelRecords = ById(modelRecords, record => record.Id, record => record);
        this.baseModelEntries = ById(baseModelEntries, entry => entry.Id, entry => entry);
        foreach (var entry in this.baseModelEntries.Values)
        {
            baseModels.Add(entry.Id, BaseModel(entry));
        }

        foreach (var record in this.modelRecords.Values)
        {
            models.Add(record.Id, Model(record));
        }

        benchmarks = ById(benchmarkRecords, record => record.Id, Benchmark);
        papers = ById(paperRecords, record => record.Id, Paper);
    }

    /// <summary>Every model with its record, in id order as the runtime lists them.</summary>
    public IReadOnlyList<(ModelRecord Record, Model Model)> Models() =>
        modelRecords.Values.OrderBy(record => record.Id, StringComparer.Ordinal).Select(record => (record, models[record.Id])).ToList();

    /// <summary>The whole catalog, each kind a table in id order, as the generated <c>JapaneseLlmCatalog.Instance</c> holds it.</summary>
    public LlmCatalog ToCatalog() => new(new LlmCatalogValues
    {
        Models = Table(models),
        Benchmarks = Table(benchmarks),
        Papers = Table(papers),
        Developers = Table(developers),
        Licenses = Table(licenses),
        Datasets = Table(datasets),
        Footnotes = Table(footnotes),
        BaseModels = Table(baseModels),
    });

    private Model Model(ModelRecord record) => new(new ModelValues
    {
        Id = record.Id,
        Name = Name(record.Name),
        Url = record.Url,
        Urls = Links(record.LocalizedUrl),
        Category = (Catalog.ModelCategory)ModelCategories.Of(record.Section, categories),
        Section = record.Section,
        Year = record.Year,
        Announced = Date(record.Announced),
        Withdrawn = Date(record.Withdrawn),
        WithdrawnReason = record.WithdrawnReason is null ? null : PlainText.FromMarkdown(record.WithdrawnReason),
        Domain = Text(record.Domain),
        Architecture = Text(record.Architecture),
        BaseModel = Text(record.BaseModel),
        BaseModels = record.BaseModels.Select(link => Link(link.Model, RuntimeSpellings.Relation(link.Relation), catalogModels: true)).ToList(),
        ContextLengths = record.ContextLengths.Select(length => new ContextLength(new ContextLengthValues { Tokens = length.Tokens, AppliesTo = Plain(length.AppliesTo) })).ToList(),
        TrainingData = Text(record.TrainingData),
        Developers = Resolve(record.Developers, developers),
        Licenses = Resolve(record.Licenses, licenses),
        Platform = Text(record.Platform),
        HuggingFaceSupport = record.HuggingFaceSupport is { } support ? (Catalog.HuggingFaceSupport)support : Catalog.HuggingFaceSupport.Unknown,
        Variants = record.Variants.Select(Variant).ToList(),
        Datasets = Resolve(record.Datasets, datasets),
        TrainingStages = record.Training.Select(stage => new Catalog.TrainingStage(new TrainingStageValues
        {
            Stage = RuntimeSpellings.Stage(stage.Stage),
            Label = stage.Label,
            Datasets = Resolve(stage.Datasets, datasets),
            Tokens = stage.Tokens,
            AppliesTo = stage.AppliesTo,
        })).ToList(),
        Footnotes = Attachments(record.Footnotes),
        Parameters = record.Parameters,
        ActiveParameters = record.ActiveParameters,
        Undisclosed = record.Undisclosed.ToList(),
    });

    private ModelVariant Variant(VariantRecord variant) => new(new ModelVariantValues
    {
        Label = PlainText.FromMarkdown(variant.Label),
        Labels = Text(variant.LocalizedLabel),
        HuggingFaceId = variant.HuggingFaceId,
        Url = variant.Url,
        Parameters = variant.Parameters,
        ActiveParameters = variant.ActiveParameters,
        Licenses = Resolve(variant.Licenses, licenses),
        Format = RuntimeSpellings.WeightFormat(variant.Format),
        Bits = variant.Bits,
        QuantizedFrom = variant.QuantizedFrom,
        Released = Date(variant.Released),
    });

    private Benchmark Benchmark(BenchmarkRecord record) => new(new BenchmarkValues
    {
        Id = record.Id,
        Name = Name(record.Name),
        Url = record.Url,
        Urls = Links(record.LocalizedUrl),
        Section = record.Section,
        Anchor = record.Anchor,
        Description = Text(record.Description),
        Developers = Resolve(record.Developers, developers),
        Footnotes = Attachments(record.Footnotes),
    });

    private static Paper Paper(PaperRecord record) => new(new PaperValues
    {
        Id = record.Id,
        Name = Name(record.Name),
        Section = record.Section,
        Published = Date(record.Published),
        Venue = Plain(record.Venue),
        Title = PlainText.FromMarkdown(record.Title),
        Url = record.Url,
    });

    private List<FootnoteAttachment> Attachments(IEnumerable<FootnoteReference> references) => references
        .Where(reference => footnotes.ContainsKey(reference.FootnoteId))
        .Select(reference => new FootnoteAttachment(new FootnoteAttachmentValues { Field = reference.Field, Footnote = footnotes[reference.FootnoteId] }))
        .ToList();

    private BaseModel BaseModel(BaseModelEntry entry) => new(new BaseModelValues
    {
        Id = entry.Id,
        Name = Name(entry.Name),
        Developer = entry.Developer,
        Licenses = Resolve(entry.Licenses, licenses),
        Parameters = entry.Parameters.Select(size => ParameterCount.TryParse(size, out var count) ? count : (long?)null).OfType<long>().ToList(),
        HuggingFaceIds = entry.HuggingFaceIds.ToList(),
        Url = entry.Url,

        // A foreign model's bases are foreign models too, as the generator links them.
        BaseModels = entry.BaseModels.Select(reference => Link(reference.Id, BaseRelation.Unspecified, catalogModels: false)).ToList(),
    });

    /// <summary>A link that finds its target when asked, so that records naming each other build in any order.</summary>
    private BaseModelLink Link(string id, BaseRelation relation, bool catalogModels) => new(new BaseModelLinkValues
    {
        Id = id,
        Relation = relation,
        Model = catalogModels && modelRecords.ContainsKey(id) ? () => models[id] : null,
        BaseModel = !(catalogModels && modelRecords.ContainsKey(id)) && baseModelEntries.ContainsKey(id) ? () => baseModels[id] : null,
    });

    private static License License(LicenseEntry entry) => new(new LicenseValues
    {
        Id = entry.Id,
        Name = Name(entry.Name),
        SpdxId = entry.Spdx,
        HuggingFaceId = entry.HuggingFaceLicense,
        CommercialUse = (Catalog.CommercialUse)entry.CommercialUse,
        Url = entry.Url,
        Derivatives = RuntimeSpellings.Derivatives(entry.Derivatives),
    });

    private static Dataset Dataset(DatasetEntry entry) => new(new DatasetValues
    {
        Id = entry.Id,
        Name = Name(entry.Name),
        Url = entry.Url,
        Languages = entry.Languages.ToList(),
        License = entry.License,
        GeneratedBy = entry.GeneratedBy.ToList(),
        GeneratedBySource = entry.GeneratedBySource,
    });

    private static List<T> Resolve<T>(IEnumerable<EntryReference> references, Dictionary<string, T> entries) =>
        references.Where(reference => entries.ContainsKey(reference.Id)).Select(reference => entries[reference.Id]).ToList();

    private static Dictionary<string, TValue> ById<TEntry, TValue>(IEnumerable<TEntry> entries, Func<TEntry, string> id, Func<TEntry, TValue> create)
    {
        var byId = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byId.ContainsKey(id(entry)))
            {
                byId.Add(id(entry), create(entry));
            }
        }

        return byId;
    }

    private static RecordTable<T> Table<T>(Dictionary<string, T> byId)
        where T : class
    {
        var ids = byId.Keys.Order(StringComparer.Ordinal).ToArray();
        return new RecordTable<T>(ids.Length, () => ids, index => byId[ids[index]]);
    }

    /// <summary>Links per language as written: URLs are not markdown, so not reduced to plain text.</summary>
    private static LocalizedText? Links(Authoring.LocalizedText? links) => links is null ? null : new LocalizedText(links.Japanese, links.English, links.French);

    private static LocalizedName Name(Authoring.LocalizedText name) => new(Plain(name.Japanese), Plain(name.English), Plain(name.French));

    private static LocalizedText? Text(Authoring.LocalizedText? text) => text is null ? null : new LocalizedText(Plain(text.Japanese), Plain(text.English), Plain(text.French));

    private static string? Plain(string? markdown) => markdown is null ? null : PlainText.FromMarkdown(markdown);

    private static DateTime? Date(string? day) =>
        day is not null && DateTime.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
