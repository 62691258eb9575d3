using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// What the importer knows beyond the list, read from a catalog's YAML rather than kept in C#: the licenses and data
/// sets it recognises and their spellings (the registries' names and aliases), the sections the list's headings map
/// to and the column headers of each field (the sections registry), the catalog's wording of the list's footnotes and
/// the phrases it recognises them by (the footnotes registry), the list's fixed words and their spellings (the
/// vocabulary registry), the reviewed findings it keeps as
/// suppressions (the records' <c>suppress:</c> entries, with their reasons) and the repositories' publication days
/// (the variants' <c>released:</c>). A maintainer teaches the importer by
/// editing those files. The catalog is the working copy being imported into where it exists, else the one bundled
/// with jllm.
/// </summary>
internal sealed class ImportKnowledge
{
    private static readonly System.Lazy<ImportKnowledge> BundledKnowledge = new(() => new ImportKnowledge(CatalogLoader.LoadBundled().Catalog));

    public ImportKnowledge(CatalogContent catalog)
    {
        Licenses = new LicenseKnowledge(catalog.Licenses);
        Datasets = new DatasetKnowledge(catalog.Datasets);
        Columns = new ColumnFields(catalog.Sections);
        Sections = new SectionPlan(catalog.Sections);
        Findings = new ReviewedFindings(catalog.Models);
        Releases = new ReleaseDates(catalog.Models);
        Footnotes = catalog.Footnotes;
        BaseModels = catalog.BaseModels;
        Vocabulary = catalog.Vocabulary;
        Words = catalog.Words;
    }

    public static ImportKnowledge Bundled => BundledKnowledge.Value;

    public LicenseKnowledge Licenses { get; }

    public DatasetKnowledge Datasets { get; }

    public ColumnFields Columns { get; }

    public SectionPlan Sections { get; }

    public ReviewedFindings Findings { get; }

    /// <summary>The days the catalog's variants' repositories were published, which the list does not give.</summary>
    public ReleaseDates Releases { get; }

    /// <summary>The catalog's footnotes, each with the phrases of the list's definition that it stands for.</summary>
    public IReadOnlyList<FootnoteEntry> Footnotes { get; }

    /// <summary>The foreign base models, whose names, aliases and Hugging Face ids resolve base-model cells; written back whole.</summary>
    public IReadOnlyList<BaseModelEntry> BaseModels { get; }

    /// <summary>The list's fixed words (the vocabulary registry); written back whole.</summary>
    public IReadOnlyList<WordEntry> Vocabulary { get; }

    /// <summary>The list's fixed words by meaning: undisclosed, an individual developer, a repository name's precision words.</summary>
    public ListWords Words { get; }

    /// <summary>The knowledge of the catalog in <paramref name="folder"/>, if it has registries; else <see langword="null"/>.</summary>
    public static ImportKnowledge? FromFolder(string folder) =>
        System.IO.Directory.Exists(System.IO.Path.Combine(folder, Yaml.CatalogLayout.RegistriesFolder))
            ? new ImportKnowledge(CatalogLoader.Load(folder).Catalog)
            : null;
}
