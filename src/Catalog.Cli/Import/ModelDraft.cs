using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>A model row while it is being read: the structured facts found so far, before ids are final.</summary>
internal sealed class ModelDraft
{
    public ModelDraft(RowOrigin origin) => Origin = origin;

    public RowOrigin Origin { get; }

    public LocalizedText Name { get; set; } = LocalizedText.Same("");

    public string? Url { get; set; }

    public LocalizedText? LocalizedUrl { get; set; }

    /// <summary>The year the row states; null where it states none (no year column, or a cell that is not a year).</summary>
    public int? Year { get; set; }

    public LocalizedText? Domain { get; set; }

    public LocalizedText? Architecture { get; set; }

    public LocalizedText? BaseModel { get; set; }

    public long? Parameters { get; set; }

    public long? ActiveParameters { get; set; }

    public List<ContextLength> ContextLengths { get; } = new();

    public LocalizedText? TrainingData { get; set; }

    public List<DeveloperMention> Developers { get; } = new();

    public List<string> Licenses { get; } = new();

    /// <summary>How the row's languages spell each license it names (for the registry's usual spelling).</summary>
    public List<(string Id, PerLanguage<string> Names)> LicenseSpellings { get; } = new();

    public LocalizedText? Platform { get; set; }

    public HuggingFaceSupport? HuggingFaceSupport { get; set; }

    public List<VariantRecord> Variants { get; } = new();

    public List<(string Field, string FootnoteId)> Footnotes { get; } = new();

    /// <summary>Cells of columns the catalog has no field for, by column key.</summary>
    public List<FieldText> OtherColumns { get; } = new();

    public List<string> Undisclosed { get; } = new();

    public void AddFootnotes(string field, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            Footnotes.Add((field, id));
        }
    }

    public ModelRecord ToRecord(string id, string section, int order, IReadOnlyList<string> developerIds, IReadOnlyList<string> datasetIds, string? announced) =>
        new(id, "")
        {
            Section = section,
            Order = order,
            Name = Name,
            Url = Url,
            LocalizedUrl = LocalizedUrl,
            Year = Year,
            Announced = announced,
            Domain = Domain,
            Architecture = Architecture,
            BaseModel = BaseModel,
            Parameters = Parameters,
            ActiveParameters = ActiveParameters,
            ContextLengths = ContextLengths.ToEquatableArray(),
            TrainingData = TrainingData,
            Developers = developerIds.Select(developer => new EntryReference(developer)).ToEquatableArray(),
            Licenses = Licenses.Select(license => new EntryReference(license)).ToEquatableArray(),
            Platform = Platform,
            HuggingFaceSupport = HuggingFaceSupport,
            Variants = Variants.ToEquatableArray(),
            Datasets = datasetIds.Select(dataset => new EntryReference(dataset)).ToEquatableArray(),
            Footnotes = Footnotes.Select(footnote => new FootnoteReference(footnote.Field, footnote.FootnoteId)).ToEquatableArray(),
            OtherColumns = OtherColumns.ToEquatableArray(),
            Undisclosed = Undisclosed.ToEquatableArray(),
        };
}

/// <summary>Where a row is in each language's file, for reports.</summary>
internal sealed record RowOrigin(PerLanguage<string> Files, PerLanguage<int> Lines)
{
    public string File => Files.Ja;

    public int Line => Lines.Ja;
}

/// <summary>One developer named in a row, in each language (a language may lack it when its cell could not be split alike).</summary>
internal sealed record DeveloperMention(string Key, PerLanguage<string?> Names, string? Url, bool Individual);
