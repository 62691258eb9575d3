using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Naming;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Validation;

/// <summary>
/// Cross-file checks that decide what can be compiled: unique ids, unique C# names, references that
/// resolve. The generator compiles what it accepts; the analyzers and jllm report what it rejects.
/// </summary>
public static class CatalogValidator
{
    /// <summary>The generated class that holds each kind's members; a member may not share its name.</summary>
    public static string ContainerName(string kindName) => kindName switch
    {
        "model" => "Models",
        "benchmark" => "Benchmarks",
        "paper" => "Papers",
        "developer" => "Developers",
        "license" => "Licenses",
        "dataset" => "Datasets",
        "footnote" => "Footnotes",
        "section" => "Sections",
        "base model" => "BaseModels",
        _ => throw new ArgumentOutOfRangeException(nameof(kindName), kindName, null),
    };

    public static ValidatedCatalog Validate(IEnumerable<ParsedFile> files)
    {
        var list = files.ToArray();
        return LastValidation.Find(list) ?? LastValidation.Remember(list, Validate(list.Select(file => file.Entries), new CatalogLocations(list)));
    }

    /// <summary>
    /// What compiles, from each file's <see cref="CrossFileFacts"/>: the same decisions as <see cref="Validate(IEnumerable{ParsedFile})"/>,
    /// with diagnostics that are not located (the generator, which calls this, reports none).
    /// </summary>
    public static ValidatedCatalog Validate(IEnumerable<EquatableArray<CatalogEntry>> entriesByFile) =>
        Validate(entriesByFile, CatalogLocations.Empty);

    /// <summary>
    /// The part of <paramref name="file"/>'s entries that this validation reads: ids, paths, references, completeness, and
    /// registry entries whole. A record's other facts and its positions are left out, so an edit to them leaves this
    /// equal and the generator's cross-file step cached. Keep it in step with the checks below.
    /// </summary>
    public static EquatableArray<CatalogEntry> CrossFileFacts(ParsedFile file)
    {
        var facts = new CatalogEntry[file.Entries.Count];
        for (var index = 0; index < facts.Length; index++)
        {
            facts[index] = file.Entries[index] switch
            {
                ModelRecord model => new ModelRecord(model.Id, model.Path)
                {
                    IsIncomplete = model.IsIncomplete,
                    Section = model.Section,
                    Developers = model.Developers,
                    Licenses = model.Licenses,
                    Datasets = model.Datasets,
                    Footnotes = model.Footnotes,
                    BaseModels = model.BaseModels,
                    Variants = VariantFacts(model.Variants),
                },
                BenchmarkRecord benchmark => new BenchmarkRecord(benchmark.Id, benchmark.Path)
                {
                    IsIncomplete = benchmark.IsIncomplete,
                    Section = benchmark.Section,
                    Developers = benchmark.Developers,
                    Footnotes = benchmark.Footnotes,
                },
                PaperRecord paper => new PaperRecord(paper.Id, paper.Path) { IsIncomplete = paper.IsIncomplete, Section = paper.Section },
                var entry => entry,
            };
        }

        return new EquatableArray<CatalogEntry>(facts);
    }

    /// <summary>Of each variant, its licenses (checked here) and Hugging Face id (the generated look-up table's key).</summary>
    private static EquatableArray<VariantRecord> VariantFacts(EquatableArray<VariantRecord> variants)
    {
        var facts = new VariantRecord[variants.Count];
        for (var index = 0; index < facts.Length; index++)
        {
            facts[index] = new VariantRecord("") { HuggingFaceId = variants[index].HuggingFaceId, Licenses = variants[index].Licenses };
        }

        return new EquatableArray<VariantRecord>(facts);
    }

    private static ValidatedCatalog Validate(IEnumerable<EquatableArray<CatalogEntry>> entriesByFile, CatalogLocations locations)
    {
        var diagnostics = new List<CatalogDiagnostic>();

        // A file's entries stay in their written order: the sort is stable.
        var all = entriesByFile
            .SelectMany(entries => entries)
            .OrderBy(entry => entry.Path, StringComparer.Ordinal)
            .ToList();

        var developers = Unique(all.OfType<DeveloperEntry>(), locations, diagnostics);
        var licenses = Unique(all.OfType<LicenseEntry>(), locations, diagnostics);
        var datasets = Unique(all.OfType<DatasetEntry>(), locations, diagnostics);
        var footnotes = Unique(all.OfType<FootnoteEntry>(), locations, diagnostics);
        var sections = Unique(all.OfType<SectionEntry>(), locations, diagnostics);
        var words = Unique(all.OfType<WordEntry>(), locations, diagnostics, namesMembers: false);
        CheckSectionParents(sections, locations, diagnostics);
        var registries = new Registries(Ids(developers), Ids(licenses), Ids(datasets), Ids(footnotes), Ids(sections));
        var baseModels = ResolvedBaseModels(Unique(all.OfType<BaseModelEntry>(), locations, diagnostics), locations, registries, diagnostics);

        // A base is a model record of any state (a rejected one is reported at its own place) or a foreign base model.
        registries = registries with { Bases = new HashSet<string>(all.OfType<ModelRecord>().Select(model => model.Id).Concat(baseModels.Select(entry => entry.Id)), StringComparer.Ordinal) };

        // Incomplete records are checked like the others, so that their every problem shows, and then left out.
        var models = Unique(all.OfType<ModelRecord>(), locations, diagnostics).Where(model => ReferencesResolve(model, locations.Of(model), registries, diagnostics) && !model.IsIncomplete).ToList();
        var benchmarks = Unique(all.OfType<BenchmarkRecord>(), locations, diagnostics).Where(benchmark => ReferencesResolve(benchmark, locations.Of(benchmark), registries, diagnostics) && !benchmark.IsIncomplete).ToList();
        var papers = Unique(all.OfType<PaperRecord>(), locations, diagnostics).Where(paper => ReferencesResolve(paper, locations.Of(paper), registries, diagnostics) && !paper.IsIncomplete).ToList();

        diagnostics.Sort((left, right) =>
        {
            var byPath = string.CompareOrdinal(left.Path, right.Path);
            return byPath != 0 ? byPath : left.Span.Offset.CompareTo(right.Span.Offset);
        });

        return new ValidatedCatalog(
            models.ToEquatableArray(),
            benchmarks.ToEquatableArray(),
            papers.ToEquatableArray(),
            developers.ToEquatableArray(),
            licenses.ToEquatableArray(),
            datasets.ToEquatableArray(),
            footnotes.ToEquatableArray(),
            sections.ToEquatableArray(),
            diagnostics.ToEquatableArray())
        {
            BaseModels = baseModels.ToEquatableArray(),
            Vocabulary = words.ToEquatableArray(),
        };
    }

    /// <summary>The foreign base models whose licenses and bases resolve; a base that names a missing one is left out, and the links to it then fail too.</summary>
    private static List<BaseModelEntry> ResolvedBaseModels(List<BaseModelEntry> entries, CatalogLocations locations, Registries registries, List<CatalogDiagnostic> diagnostics)
    {
        var ids = Ids(entries);
        return entries.Where(entry =>
        {
            var where = locations.Of(entry);
            var resolves = CheckAll(entry, "license", entry.Licenses, where, "licenses", registries.Licenses, diagnostics);
            return CheckAll(entry, "base model", entry.BaseModels, where, "base_models", ids, diagnostics) && resolves;
        }).ToList();
    }

    /// <summary>Keeps the first entry of each id and of each C# name (in path order), sorted by id.</summary>
    /// <summary>
    /// The entries whose ids are unique, and for kinds that name generated members (<paramref name="namesMembers"/>)
    /// whose C# names are free; the others are reported.
    /// </summary>
    private static List<T> Unique<T>(IEnumerable<T> entries, CatalogLocations locations, List<CatalogDiagnostic> diagnostics, bool namesMembers = true)
        where T : CatalogEntry
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        var byIdentifier = new Dictionary<string, T>(IdentifierComparer);
        foreach (var entry in entries)
        {
            if (byId.TryGetValue(entry.Id, out var first))
            {
                diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.DuplicateId, entry.Path, locations.Of(entry).Id, Capitalize(entry.KindName), entry.Id, DescribePlace(first, locations)));
                continue;
            }

            if (!namesMembers)
            {
                byId.Add(entry.Id, entry);
                continue;
            }

            var identifier = IdentifierNamer.ToIdentifier(entry.Id);
            if (IsReservedIdentifier(entry.KindName, identifier))
            {
                diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.IdentifierCollision, entry.Path, locations.Of(entry).Id, Capitalize(entry.KindName), entry.Id, identifier, $"{ContainerName(entry.KindName)} (a name C# reserves there)"));
                continue;
            }

            if (byIdentifier.TryGetValue(identifier, out var owner))
            {
                diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.IdentifierCollision, entry.Path, locations.Of(entry).Id, Capitalize(entry.KindName), entry.Id, identifier, owner.Id));
                continue;
            }

            byId.Add(entry.Id, entry);
            byIdentifier.Add(identifier, entry);
        }

        return byId.Values.OrderBy(entry => entry.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Whether a member of the generated class for <paramref name="kindName"/> may not be called
    /// <paramref name="identifier"/>: the class's own name, an inherited member, or a generated class it uses.
    /// </summary>
    public static bool IsReservedIdentifier(string kindName, string identifier) =>
        identifier == ContainerName(kindName) || IdentifierNamer.ReservedMemberNames.Contains(identifier) || GeneratedClassNames(kindName).Contains(identifier);

    /// <summary>Generated file names differ only in the identifier, and Roslyn compares hint names ignoring case.</summary>
    public static readonly StringComparer IdentifierComparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// Generated classes that the members of a kind refer to by simple name: a member of the same name would
    /// shadow them (CS1061) or nest a class in itself (CS0542).
    /// </summary>
    private static string[] GeneratedClassNames(string kindName) => kindName switch
    {
        "model" => new[] { "ModelTable", "HuggingFaceIds" },
        "base model" => new[] { "BaseModelTable" },
        "section" => Array.Empty<string>(),
        _ => new[] { char.ToUpperInvariant(kindName[0]) + kindName.Substring(1) + "Table" },
    };

    /// <summary>
    /// A section's parent must be a section, and following parents must end at a top section. The section is still
    /// compiled (only the category and the table layout are inherited, and both stop at a cycle), but the error
    /// says where the tree is broken.
    /// </summary>
    private static void CheckSectionParents(List<SectionEntry> sections, CatalogLocations locations, List<CatalogDiagnostic> diagnostics)
    {
        var byId = sections.ToDictionary(section => section.Id, StringComparer.Ordinal);
        var ids = Ids(sections);
        foreach (var section in sections.Where(section => section.Parent is not null))
        {
            if (!byId.ContainsKey(section.Parent!))
            {
                Check(section, "section", section.Parent!, locations.Of(section).ValueSpanOf("parent"), ids, diagnostics);
                continue;
            }

            var chain = new List<string> { section.Id };
            for (var parent = section.Parent; parent is not null && byId.TryGetValue(parent, out var next); parent = next.Parent)
            {
                if (parent == section.Id)
                {
                    diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.CyclicSectionParent, section.Path, locations.Of(section).ValueSpanOf("parent"), section.Id, string.Join(" -> ", chain.Append(section.Id))));
                    break;
                }

                if (chain.Contains(parent))
                {
                    break;
                }

                chain.Add(parent);
            }
        }
    }

    private static bool ReferencesResolve(ModelRecord model, EntryLocations where, Registries registries, List<CatalogDiagnostic> diagnostics)
    {
        var resolves = Check(model, "section", model.Section, where.ValueSpanOf("section"), registries.Sections, diagnostics);
        resolves &= CheckAll(model, "developer", model.Developers, where, "developers", registries.Developers, diagnostics);
        resolves &= CheckAll(model, "license", model.Licenses, where, "licenses", registries.Licenses, diagnostics);
        resolves &= CheckAll(model, "dataset", model.Datasets, where, "datasets", registries.Datasets, diagnostics);
        resolves &= CheckFootnotes(model, model.Footnotes, where, registries, diagnostics);
        for (var index = 0; index < model.BaseModels.Count; index++)
        {
            var target = string.Format(CultureInfo.InvariantCulture, "base_models[{0}].model", index);
            resolves &= Check(model, "base model", model.BaseModels[index].Model, where.ValueSpanOf(target), registries.Bases, diagnostics);
        }

        for (var index = 0; index < model.Variants.Count; index++)
        {
            var variantLicenses = string.Format(CultureInfo.InvariantCulture, "variants[{0}].licenses", index);
            resolves &= CheckAll(model, "license", model.Variants[index].Licenses, where, variantLicenses, registries.Licenses, diagnostics);
        }

        return resolves;
    }

    private static bool ReferencesResolve(BenchmarkRecord benchmark, EntryLocations where, Registries registries, List<CatalogDiagnostic> diagnostics)
    {
        var resolves = Check(benchmark, "section", benchmark.Section, where.ValueSpanOf("section"), registries.Sections, diagnostics);
        resolves &= CheckAll(benchmark, "developer", benchmark.Developers, where, "developers", registries.Developers, diagnostics);
        resolves &= CheckFootnotes(benchmark, benchmark.Footnotes, where, registries, diagnostics);
        return resolves;
    }

    private static bool ReferencesResolve(PaperRecord paper, EntryLocations where, Registries registries, List<CatalogDiagnostic> diagnostics) =>
        Check(paper, "section", paper.Section, where.ValueSpanOf("section"), registries.Sections, diagnostics);

    private static bool CheckFootnotes(CatalogEntry entry, EquatableArray<FootnoteReference> references, EntryLocations where, Registries registries, List<CatalogDiagnostic> diagnostics)
    {
        var resolves = true;
        for (var index = 0; index < references.Count; index++)
        {
            resolves &= Check(entry, "footnote", references[index].FootnoteId, where.ItemSpan("footnotes", index), registries.Footnotes, diagnostics);
        }

        return resolves;
    }

    private static bool CheckAll(CatalogEntry entry, string kind, EquatableArray<EntryReference> references, EntryLocations where, string key, HashSet<string> registry, List<CatalogDiagnostic> diagnostics)
    {
        var resolves = true;
        for (var index = 0; index < references.Count; index++)
        {
            resolves &= Check(entry, kind, references[index].Id, where.ItemSpan(key, index), registry, diagnostics);
        }

        return resolves;
    }

    private static bool Check(CatalogEntry entry, string kind, string id, SourceSpan span, HashSet<string> registry, List<CatalogDiagnostic> diagnostics)
    {
        if (registry.Contains(id))
        {
            return true;
        }

        if (id.Length == 0 && entry.IsIncomplete)
        {
            // The reading already reported the missing or unreadable value; an empty id adds nothing.
            return false;
        }

        var suggestion = KeySuggester.Suggest(id, registry);
        var hint = suggestion is null ? $": add it to the {kind} registry or fix the id" : $": did you mean '{suggestion}'?";
        diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.UnknownReference, entry.Path, span, Capitalize(entry.KindName), entry.Id, kind, id, hint));
        return false;
    }

    private static string DescribePlace(CatalogEntry entry, CatalogLocations locations) => $"{entry.Path}({locations.Of(entry).Id.Line},{locations.Of(entry).Id.Column})";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static HashSet<string> Ids(IEnumerable<CatalogEntry> entries) =>
        new(entries.Select(entry => entry.Id), StringComparer.Ordinal);

    private sealed record Registries(
        HashSet<string> Developers,
        HashSet<string> Licenses,
        HashSet<string> Datasets,
        HashSet<string> Footnotes,
        HashSet<string> Sections)
    {
        /// <summary>The ids a model's <c>base_models</c> may name: every model record's and every foreign base model's.</summary>
        public HashSet<string> Bases { get; init; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// The last validation, for the same parsed files asked again: in one compilation the generator validates
    /// the catalog and the analyzers then ask for the same files (<see cref="SharedParses"/> gives both the same
    /// objects). Compared by reference, so a memo can never answer for other input.
    /// </summary>
    private static class LastValidation
    {
        private static readonly object Gate = new();
        private static ParsedFile[]? files;
        private static ValidatedCatalog? result;

        public static ValidatedCatalog? Find(ParsedFile[] candidate)
        {
            lock (Gate)
            {
                return files is not null && files.Length == candidate.Length && SameObjects(files, candidate) ? result : null;
            }
        }

        public static ValidatedCatalog Remember(ParsedFile[] validated, ValidatedCatalog catalog)
        {
            lock (Gate)
            {
                (files, result) = (validated, catalog);
            }

            return catalog;
        }

        private static bool SameObjects(ParsedFile[] left, ParsedFile[] right)
        {
            for (var index = 0; index < left.Length; index++)
            {
                if (!ReferenceEquals(left[index], right[index]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
