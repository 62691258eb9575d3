using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// What the content rules look at: every entry the files yield (also those the validator rejects, so one
/// broken reference does not hide the rest of a record's findings), the registries by id, and the year.
/// </summary>
public sealed class CatalogRuleContext
{
    private readonly Dictionary<string, SectionEntry> sectionsById;
    private readonly Dictionary<string, ModelCategory> categories;
    private IReadOnlyList<FootnoteMarker>? footnoteMarkers;

    public CatalogRuleContext(IEnumerable<ParsedFile> files, int currentYear)
    {
        var entries = files
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .SelectMany(file => file.Entries)
            .ToList();
        Entries = entries;
        Models = entries.OfType<ModelRecord>().ToList();
        Benchmarks = entries.OfType<BenchmarkRecord>().ToList();
        Papers = entries.OfType<PaperRecord>().ToList();
        Footnotes = entries.OfType<FootnoteEntry>().ToList();
        Developers = FirstById(entries.OfType<DeveloperEntry>());
        Datasets = FirstById(entries.OfType<DatasetEntry>());
        FootnotesById = FirstById(Footnotes);
        ModelsById = FirstById(Models);
        LicensesById = FirstById(entries.OfType<LicenseEntry>());
        BaseModelsById = FirstById(entries.OfType<BaseModelEntry>());
        sectionsById = FirstById(entries.OfType<SectionEntry>());
        Words = new ListWords(entries.OfType<WordEntry>());
        categories = ModelCategories.BySection(sectionsById.Values);
        CurrentYear = currentYear;
    }

    public IReadOnlyList<CatalogEntry> Entries { get; }

    public IReadOnlyList<ModelRecord> Models { get; }

    public IReadOnlyList<BenchmarkRecord> Benchmarks { get; }

    public IReadOnlyList<PaperRecord> Papers { get; }

    public IReadOnlyList<FootnoteEntry> Footnotes { get; }

    public IReadOnlyDictionary<string, DeveloperEntry> Developers { get; }

    public IReadOnlyDictionary<string, DatasetEntry> Datasets { get; }

    public IReadOnlyDictionary<string, FootnoteEntry> FootnotesById { get; }

    public IReadOnlyDictionary<string, ModelRecord> ModelsById { get; }

    public IReadOnlyDictionary<string, LicenseEntry> LicensesById { get; }

    /// <summary>The foreign base models (registries/base-models.yaml) by id.</summary>
    public IReadOnlyDictionary<string, BaseModelEntry> BaseModelsById { get; }

    /// <summary>The list's fixed words and their spellings (registries/vocabulary.yaml).</summary>
    public ListWords Words { get; }

    public int CurrentYear { get; }

    /// <summary>Every inline <c>[^id]</c> marker in every entry's texts; two rules need them, found once.</summary>
    public IReadOnlyList<FootnoteMarker> FootnoteMarkers => footnoteMarkers ??= InlineFootnoteMarkers.In(Entries);

    /// <summary>
    /// Whether the table of <paramref name="section"/> (or of its closest ancestor with columns) shows
    /// <paramref name="field"/>. A section that lays out no columns shows every field.
    /// </summary>
    public bool ShowsColumn(string section, string field)
    {
        var columns = Ancestors(section).Select(entry => entry.Columns).FirstOrDefault(found => !found.IsEmpty);
        return columns.IsEmpty || columns.Any(column => column.Field == field);
    }

    /// <summary>The model category of a section, inherited from its ancestors, as the generator reads it.</summary>
    public ModelCategory? CategoryOf(string section) => categories.TryGetValue(section, out var category) ? category : null;

    private IEnumerable<SectionEntry> Ancestors(string section)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = section; id is not null && seen.Add(id) && sectionsById.TryGetValue(id, out var entry); id = entry.Parent)
        {
            yield return entry;
        }
    }

    private static Dictionary<string, T> FirstById<T>(IEnumerable<T> entries)
        where T : CatalogEntry
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byId.ContainsKey(entry.Id))
            {
                byId.Add(entry.Id, entry);
            }
        }

        return byId;
    }
}
