using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace JapaneseLlm.Catalog.Json;

/// <summary>
/// The runtime's objects in the catalog's JSON contract, the document <c>jllm export --format json</c> writes:
/// <c>CatalogJson.Serialize(JapaneseLlmCatalog.Instance)</c> is that export of the bundled catalog, byte for byte.
/// <c>JsonSerializer.Serialize(model)</c> writes the same shape, since <see cref="Model"/> and <see cref="LlmCatalog"/>
/// carry converters to these documents.
/// </summary>
public static class CatalogJson
{
    /// <summary>The model as JSON, indented, with Japanese and French written as they are.</summary>
    public static string Serialize(Model model) => JsonSerializer.Serialize(ToDocument(model), CatalogJsonContext.Readable.ModelDocument);

    /// <summary>The whole catalog as one JSON document (the models, benchmarks, papers, developers and licenses, each keyed by id).</summary>
    public static string Serialize(LlmCatalog catalog) => JsonSerializer.Serialize(ToDocument(catalog), CatalogJsonContext.Readable.CatalogDocument) + "\n";

    /// <summary>The model in the contract's shape.</summary>
    public static ModelDocument ToDocument(Model model) => new()
    {
        Id = model.Id,
        Name = Text(model.Name),
        Url = model.Url,
        Urls = Text(model.Urls),
        Category = Spelling(model.Category),
        Section = model.Section,
        Year = model.ReleaseYear,
        Announced = Date(model.Announced),
        Withdrawn = Date(model.Withdrawn),
        WithdrawnReason = model.WithdrawnReason,
        Architecture = Text(model.Architecture),
        BaseModel = Text(model.BaseModel),
        BaseModels = model.BaseModels.Select(link => new BaseModelReferenceDocument { Id = link.Id, Kind = Kind(link), Relation = Spelling(link.Relation) }).ToList(),
        Lineage = model.Lineage.Select(link => link.Id).ToList(),
        Domain = Text(model.Domain),
        Parameters = model.MaxParameters,
        ActiveParameters = model.ActiveParameters,
        ContextLength = model.MaxContextLength,
        Developers = model.Developers.Select(developer => new DeveloperReferenceDocument { Id = developer.Id, Name = developer.Name.English }).ToList(),
        Licenses = model.AllLicenses().Select(license => new LicenseReferenceDocument
        {
            Id = license.Id,
            Name = license.Name.English,
            CommercialUse = Spelling(license.CommercialUse),
        }).ToList(),
        CommercialUse = Spelling(model.CommercialUse),
        HasOpenAiTermsCaveat = model.HasOpenAiTermsCaveat,
        Variants = model.Variants.Select(variant => new ModelVariantDocument
        {
            Label = variant.Label,
            Labels = Text(variant.Labels),
            HuggingFaceId = variant.HuggingFaceId,
            Url = variant.Url,
            Parameters = variant.Parameters,
            ActiveParameters = variant.ActiveParameters,
            Format = Spelling(variant.Format),
            Bits = variant.Bits,
            QuantizedFrom = variant.QuantizedFrom,
            Released = Date(variant.Released),
            Licenses = variant.Licenses.Select(license => license.Id).ToList(),
        }).ToList(),
        TrainingData = Text(model.TrainingData),
        Datasets = model.Datasets.Select(dataset => dataset.Id).ToList(),
        Training = model.TrainingStages.Select(stage => new TrainingStageDocument
        {
            Stage = Spelling(stage.Stage),
            Label = stage.Label,
            Datasets = stage.Datasets.Select(dataset => dataset.Id).ToList(),
            Tokens = stage.Tokens,
            AppliesTo = stage.AppliesTo,
        }).ToList(),
        Platform = Text(model.Platform),
        HuggingFaceSupport = Spelling(model.HuggingFaceSupport),
        Footnotes = Footnotes(model.Footnotes),
        Undisclosed = model.Undisclosed.ToList(),
    };

    /// <summary>The catalog in the contract's shape.</summary>
    public static CatalogDocument ToDocument(LlmCatalog catalog) => CatalogDocument.Of(
        catalog.Models.Select(ToDocument),
        catalog.Benchmarks.Select(benchmark => new BenchmarkDocument
        {
            Id = benchmark.Id,
            Name = Text(benchmark.Name),
            Url = benchmark.Url,
            Urls = Text(benchmark.Urls),
            Section = benchmark.Section,
            Anchor = benchmark.Anchor,
            Footnotes = Footnotes(benchmark.Footnotes),
            Description = Text(benchmark.Description),
            Developers = benchmark.Developers.Select(developer => developer.Id).ToList(),
        }),
        catalog.Papers.Select(paper => new PaperDocument
        {
            Id = paper.Id,
            Name = Text(paper.Name),
            Section = paper.Section,
            Title = paper.Title,
            Url = paper.Url,
            Published = Date(paper.Published),
            Venue = paper.Venue,
        }),
        catalog.Developers.Select(developer => new DeveloperDocument
        {
            Id = developer.Id,
            Name = Text(developer.Name),
            Individual = developer.IsIndividual,
            Url = developer.Url,
        }),
        catalog.Licenses.Select(license => new LicenseDocument
        {
            Id = license.Id,
            Name = Text(license.Name),
            Spdx = license.SpdxId,
            HuggingFaceId = license.HuggingFaceId,
            CommercialUse = Spelling(license.CommercialUse),
            Url = license.Url,
            Derivatives = Spellings(license.Derivatives),
        }),
        catalog.Datasets.Select(dataset => new DatasetDocument
        {
            Id = dataset.Id,
            Name = Text(dataset.Name),
            Url = dataset.Url,
            Languages = dataset.Languages.ToList(),
            License = dataset.License,
            GeneratedBy = dataset.GeneratedBy.ToList(),
            GeneratedBySource = dataset.GeneratedBySource,
        }),
        catalog.Footnotes.Select(footnote => new FootnoteDocument
        {
            Id = footnote.Id,
            Text = Text(footnote.Text)!,
            IsOpenAiTermsCaveat = footnote.IsOpenAiTermsCaveat,
        }),
        catalog.BaseModels.Select(entry => new BaseModelDocument
        {
            Id = entry.Id,
            Name = Text(entry.Name),
            Developer = entry.Developer,
            Licenses = entry.Licenses.Select(license => license.Id).ToList(),
            Parameters = entry.Parameters.ToList(),
            HuggingFaceIds = entry.HuggingFaceIds.ToList(),
            Url = entry.Url,
            BaseModels = entry.BaseModels.Select(link => link.Id).ToList(),
        }));

    /// <summary>The YAML spelling of a training stage's kind (<c>continual-pretraining</c>).</summary>
    public static string Spelling(TrainingStageKind stage) => stage switch
    {
        TrainingStageKind.Pretraining => "pretraining",
        TrainingStageKind.ContinualPretraining => "continual-pretraining",
        TrainingStageKind.MidTraining => "mid-training",
        TrainingStageKind.InstructionTuning => "instruction-tuning",
        TrainingStageKind.PreferenceTuning => "preference-tuning",
        TrainingStageKind.ReinforcementLearning => "reinforcement-learning",
        TrainingStageKind.Distillation => "distillation",
        TrainingStageKind.Other => "other",
        TrainingStageKind.Unspecified => "unspecified",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>The YAML's spelling of a category (<c>text-generation</c>).</summary>
    public static string Spelling(ModelCategory category) => ClosedSetSpellings.Of(category);

    /// <summary>The YAML's spelling of commercial-use terms (<c>not-allowed</c>).</summary>
    public static string Spelling(CommercialUse use) => ClosedSetSpellings.Of(use);

    /// <summary>The YAML's spelling of Hugging Face support (<c>convertible</c>); null when not stated.</summary>
    public static string? Spelling(HuggingFaceSupport support) => ClosedSetSpellings.Of(support);

    /// <summary>The YAML's spelling of a relation (<c>continual-pretraining</c>); null when not stated.</summary>
    public static string? Spelling(BaseRelation relation) => relation switch
    {
        BaseRelation.ContinualPretraining => "continual-pretraining",
        BaseRelation.FineTuning => "fine-tuning",
        BaseRelation.Merge => "merge",
        BaseRelation.Distillation => "distillation",
        BaseRelation.Quantization => "quantization",
        _ => null,
    };

    /// <summary>The YAML's spellings of what a license requires of derivatives, in the schema's order.</summary>
    public static List<string> Spellings(DerivativeTerms terms)
    {
        var spellings = new List<string>();
        foreach (var (term, spelling) in DerivativeSpellings)
        {
            if ((terms & term) != 0)
            {
                spellings.Add(spelling);
            }
        }

        return spellings;
    }

    private static readonly (DerivativeTerms Term, string Spelling)[] DerivativeSpellings =
    {
        (DerivativeTerms.KeepLicense, "keep-license"),
        (DerivativeTerms.Attribution, "attribution"),
        (DerivativeTerms.Naming, "naming"),
        (DerivativeTerms.NonCommercial, "non-commercial"),
        (DerivativeTerms.ShareAlike, "share-alike"),
    };

    /// <summary><c>model</c> for a base in the catalog, <c>base-model</c> for a foreign one, null for a base that did not compile.</summary>
    private static string? Kind(BaseModelLink link) => link.IsCatalogModel ? "model" : link.BaseModel is not null ? "base-model" : null;

    /// <summary>The YAML's spelling of a weight format (<c>gguf</c>).</summary>
    public static string Spelling(WeightFormat format) => format.ToString().ToLowerInvariant();

    private static List<FootnoteReferenceDocument> Footnotes(IEnumerable<FootnoteAttachment> footnotes) =>
        footnotes.Select(attachment => new FootnoteReferenceDocument { Field = attachment.Field, Id = attachment.Footnote.Id }).ToList();

    private static TextDocument Text(LocalizedName name) => new()
    {
        Ja = name.IsWrittenIn(CatalogLanguage.Japanese) ? name.Japanese : null,
        En = name.IsWrittenIn(CatalogLanguage.English) ? name.English : null,
        Fr = name.IsWrittenIn(CatalogLanguage.French) ? name.French : null,
    };

    private static TextDocument? Text(LocalizedText? text) =>
        text is null ? null : new TextDocument { Ja = text.Japanese, En = text.English, Fr = text.French };

    private static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
