using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Compiled;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Json;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>
/// A working copy's records in the catalog's JSON contract (src/Catalog/Json), as the runtime's <c>CatalogJson</c>
/// fills it from compiled objects: texts as plain text, developers and licenses with their English names, links only
/// where they may be written (<see cref="SafeLinks"/>). Used by <c>jllm export --format json</c> and <c>jllm query --json</c>.
/// </summary>
internal static class RecordDocuments
{
    public static CatalogDocument Catalog(CatalogContent catalog) => CatalogDocument.Of(
        catalog.Compile().Models.Select(model => Model(model, catalog)),
        catalog.Benchmarks.Select(benchmark => new BenchmarkDocument
        {
            Id = benchmark.Id,
            Name = Text(benchmark.Name)!,
            Url = SafeLinks.Safe(benchmark.Url),
            Urls = Links(benchmark.LocalizedUrl),
            Section = benchmark.Section,
            Anchor = benchmark.Anchor,
            Footnotes = Footnotes(benchmark.Footnotes),
            Description = Text(benchmark.Description),
            Developers = benchmark.Developers.Select(reference => reference.Id).ToList(),
        }),
        catalog.Papers.Select(paper => new PaperDocument
        {
            Id = paper.Id,
            Name = Text(paper.Name)!,
            Section = paper.Section,
            Title = ExportVocabulary.Plain(paper.Title),
            Url = SafeLinks.Safe(paper.Url),
            Published = paper.Published,
            Venue = paper.Venue is null ? null : ExportVocabulary.Plain(paper.Venue),
        }),
        catalog.Developers.Select(developer => new DeveloperDocument
        {
            Id = developer.Id,
            Name = Text(developer.Name)!,
            Individual = developer.Individual,
            Url = SafeLinks.Safe(developer.Url),
        }),
        catalog.Licenses.Select(license => new LicenseDocument
        {
            Id = license.Id,
            Name = Text(license.Name)!,
            Spdx = license.Spdx,
            HuggingFaceId = license.HuggingFaceLicense,
            CommercialUse = ClosedSetSpellings.Of(license.CommercialUse),
            Url = SafeLinks.Safe(license.Url),
            Derivatives = ClosedSets.DerivativeTerms.Where(license.Derivatives.Contains).ToList(),
        }),
        catalog.Datasets.Select(dataset => new DatasetDocument
        {
            Id = dataset.Id,
            Name = Text(dataset.Name)!,
            Url = SafeLinks.Safe(dataset.Url),
            Languages = dataset.Languages.ToList(),
            License = dataset.License,
            GeneratedBy = dataset.GeneratedBy.ToList(),
            GeneratedBySource = SafeLinks.Safe(dataset.GeneratedBySource),
        }),
        catalog.Footnotes.Select(footnote => new FootnoteDocument
        {
            Id = footnote.Id,
            Text = Text(footnote.Text)!,
            IsOpenAiTermsCaveat = footnote.OpenAiTermsCaveat,
        }),
        catalog.BaseModels.Select(entry => new BaseModelDocument
        {
            Id = entry.Id,
            Name = Text(entry.Name)!,
            Developer = entry.Developer is null ? null : ExportVocabulary.Plain(entry.Developer),
            Licenses = entry.Licenses.Select(reference => reference.Id).ToList(),
            Parameters = entry.Parameters.Select(size => ParameterCount.TryParse(size, out var count) ? count : (long?)null).Where(count => count is not null).Select(count => count!.Value).ToList(),
            HuggingFaceIds = entry.HuggingFaceIds.ToList(),
            Url = SafeLinks.Safe(entry.Url),
            BaseModels = entry.BaseModels.Select(reference => reference.Id).ToList(),
        }));

    public static ModelDocument Model(CompiledModel model, CatalogContent catalog)
    {
        var record = model.Record;
        return new ModelDocument
        {
            Id = record.Id,
            Name = Text(record.Name)!,
            Url = SafeLinks.Safe(record.Url),
            Urls = Links(record.LocalizedUrl),
            Category = ClosedSetSpellings.Of(model.Category),
            Section = record.Section,
            Year = record.Year,
            Announced = record.Announced,
            Withdrawn = record.Withdrawn,
            WithdrawnReason = record.WithdrawnReason is null ? null : ExportVocabulary.Plain(record.WithdrawnReason),
            Architecture = Text(record.Architecture),
            BaseModel = Text(record.BaseModel),
            BaseModels = model.BaseModels.Select(link => new BaseModelReferenceDocument { Id = link.Id, Kind = link.Kind, Relation = link.Relation }).ToList(),
            Lineage = model.Lineage.ToList(),
            Domain = Text(record.Domain),
            Parameters = model.MaxParameters,
            ActiveParameters = record.ActiveParameters,
            ContextLength = model.MaxContextLength,
            Developers = record.Developers.Select(reference => new DeveloperReferenceDocument
            {
                Id = reference.Id,
                Name = catalog.DevelopersById.TryGetValue(reference.Id, out var developer) ? ExportVocabulary.Plain(developer.Name, CatalogLanguage.English) : null,
            }).ToList(),
            Licenses = model.Licenses.Select(license => new LicenseReferenceDocument
            {
                Id = license.Id,
                Name = ExportVocabulary.Plain(license.Name, CatalogLanguage.English),
                CommercialUse = ClosedSetSpellings.Of(license.CommercialUse),
            }).ToList(),
            CommercialUse = ClosedSetSpellings.Of(model.CommercialUse),
            HasOpenAiTermsCaveat = model.HasOpenAiTermsCaveat,
            Variants = record.Variants.Select(variant => new ModelVariantDocument
            {
                Label = ExportVocabulary.Plain(variant.Label),
                Labels = Text(variant.LocalizedLabel),
                HuggingFaceId = variant.HuggingFaceId,
                Url = SafeLinks.Safe(ExportVocabulary.VariantUrl(variant)),
                Parameters = variant.Parameters,
                ActiveParameters = variant.ActiveParameters,
                Format = variant.Format ?? "full",
                Bits = variant.Bits,
                QuantizedFrom = variant.QuantizedFrom,
                Licenses = variant.Licenses.Select(reference => reference.Id).ToList(),
            }).ToList(),
            TrainingData = Text(record.TrainingData),
            Datasets = record.Datasets.Select(reference => reference.Id).ToList(),
            Training = record.Training.Select(stage => new TrainingStageDocument
            {
                Stage = stage.Stage,
                Label = stage.Label,
                Datasets = stage.Datasets.Select(reference => reference.Id).ToList(),
                Tokens = stage.Tokens,
                AppliesTo = stage.AppliesTo,
            }).ToList(),
            Platform = Text(record.Platform),
            HuggingFaceSupport = record.HuggingFaceSupport is { } support ? ClosedSetSpellings.Of(support) : null,
            Footnotes = Footnotes(record.Footnotes),
            Undisclosed = record.Undisclosed.ToList(),
        };
    }

    private static List<FootnoteReferenceDocument> Footnotes(IEnumerable<FootnoteReference> footnotes) =>
        footnotes.Select(footnote => new FootnoteReferenceDocument { Field = footnote.Field, Id = footnote.FootnoteId }).ToList();

    /// <summary>Links per language as they are, each only where it may be written (<see cref="SafeLinks"/>).</summary>
    private static TextDocument? Links(LocalizedText? links) => links is null
        ? null
        : new TextDocument { Ja = SafeLinks.Safe(links.Japanese), En = SafeLinks.Safe(links.English), Fr = SafeLinks.Safe(links.French) };

    /// <summary>A text as plain text per language, or null when the record has none.</summary>
    private static TextDocument? Text(LocalizedText? text) => text is null
        ? null
        : new TextDocument
        {
            Ja = text.Japanese is null ? null : ExportVocabulary.Plain(text.Japanese),
            En = text.English is null ? null : ExportVocabulary.Plain(text.English),
            Fr = text.French is null ? null : ExportVocabulary.Plain(text.French),
        };
}
