using System;
using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Generator.Emit;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>
/// The cross-file part of the catalog, which the one collected step computes: which records compile (by id, in id
/// order, which is their table index), the registries and the look-up tables. Built from the records' cross-file
/// facts only, so editing anything else in a record leaves it equal, and each file's specs are then built from the
/// file and this index alone (<see cref="CatalogSpecBuilder.ForFile"/>). Equality covers the values; the look-ups
/// made from them are derived.
/// </summary>
internal sealed class CatalogIndex : IEquatable<CatalogIndex>
{
    public CatalogIndex(
        CodeTarget target,
        EquatableArray<CompiledRecord> models,
        EquatableArray<CompiledRecord> benchmarks,
        EquatableArray<CompiledRecord> papers,
        RegistrySpec registries,
        TableSpec tables)
    {
        Target = target;
        Models = models;
        Benchmarks = benchmarks;
        Papers = papers;
        Registries = registries;
        Tables = tables;
        References = new RegistryReferences(registries);
    }

    public CodeTarget Target { get; }

    /// <summary>The models that compile, sorted by id: a model's position here is its index in the model table.</summary>
    public EquatableArray<CompiledRecord> Models { get; }

    public EquatableArray<CompiledRecord> Benchmarks { get; }

    public EquatableArray<CompiledRecord> Papers { get; }

    public RegistrySpec Registries { get; }

    public TableSpec Tables { get; }

    /// <summary>The registry entries as references resolve to them.</summary>
    public RegistryReferences References { get; }

    /// <summary>The table index of <paramref name="entry"/>, or -1 when it is not the record of its id that compiles.</summary>
    public static int IndexOf(EquatableArray<CompiledRecord> compiled, CatalogEntry entry)
    {
        var index = IndexOfId(compiled, entry.Id);
        return index >= 0 && compiled[index].Path == entry.Path ? index : -1;
    }

    /// <summary>The table index of the compiled record of id <paramref name="id"/>, or -1 when none compiles.</summary>
    public static int IndexOfId(EquatableArray<CompiledRecord> compiled, string id)
    {
        var (low, high) = (0, compiled.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(compiled[middle].Id, id);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    public bool Equals(CatalogIndex? other) =>
        ReferenceEquals(this, other)
        || (other is not null
        && Target.Equals(other.Target)
        && Models.Equals(other.Models)
        && Benchmarks.Equals(other.Benchmarks)
        && Papers.Equals(other.Papers)
        && Registries.Equals(other.Registries)
        && Tables.Equals(other.Tables));

    public override bool Equals(object? obj) => Equals(obj as CatalogIndex);

    public override int GetHashCode() => (((Models.Count * 31) + Benchmarks.Count) * 31) + Papers.Count;
}

/// <summary>A record that compiles: its id, and its file, which tells it from a rejected record of the same id.</summary>
internal sealed record CompiledRecord(string Id, string Path);

/// <summary>Registry entries by id, as the specs of the records that cite them hold them.</summary>
internal sealed class RegistryReferences
{
    public RegistryReferences(RegistrySpec registries)
    {
        Developers = Index(registries.Developers, entry => entry.Name.Get(CatalogLanguage.English));
        Datasets = Index(registries.Datasets, entry => entry.Name.Get(CatalogLanguage.English));
        Footnotes = Index(registries.Footnotes, entry => entry.Id);
        BaseModels = Index(registries.BaseModels, entry => entry.Name.Get(CatalogLanguage.English));

        // One spec per license, shared by every reference to it: a large catalog has many more references than licenses.
        var licenses = Index(registries.Licenses, entry => entry.Name.Get(CatalogLanguage.English));
        Licenses = new Dictionary<string, LicenseReferenceSpec>(StringComparer.Ordinal);
        foreach (var license in registries.Licenses)
        {
            Licenses[license.Entry.Id] = new LicenseReferenceSpec(licenses[license.Entry.Id], license.Entry.CommercialUse);
        }

        Caveats = new HashSet<string>(StringComparer.Ordinal);
        foreach (var footnote in registries.Footnotes)
        {
            if (footnote.Entry.OpenAiTermsCaveat)
            {
                Caveats.Add(footnote.Entry.Id);
            }
        }

        var sections = new List<SectionEntry>(registries.Sections.Count);
        foreach (var section in registries.Sections)
        {
            sections.Add(section.Entry);
        }

        Categories = ModelCategories.BySection(sections);
    }

    public Dictionary<string, ReferenceSpec> Developers { get; }

    public Dictionary<string, LicenseReferenceSpec> Licenses { get; }

    public Dictionary<string, ReferenceSpec> Datasets { get; }

    public Dictionary<string, ReferenceSpec> Footnotes { get; }

    public Dictionary<string, ReferenceSpec> BaseModels { get; }

    /// <summary>The footnotes that are the OpenAI-terms caveat.</summary>
    public HashSet<string> Caveats { get; }

    public Dictionary<string, ModelCategory> Categories { get; }

    private static Dictionary<string, ReferenceSpec> Index<T>(EquatableArray<Named<T>> entries, Func<T, string> displayName)
        where T : CatalogEntry, IEquatable<T>
    {
        var references = new Dictionary<string, ReferenceSpec>(StringComparer.Ordinal);
        for (var index = 0; index < entries.Count; index++)
        {
            var (identifier, entry) = (entries[index].Identifier, entries[index].Entry);
            references[entry.Id] = new ReferenceSpec(index, entry.Id, identifier, PlainText.FromMarkdown(displayName(entry)));
        }

        return references;
    }
}
