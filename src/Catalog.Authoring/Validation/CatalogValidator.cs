using System;
using System.Collections.Generic;
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
        _ => throw new ArgumentOutOfRangeException(nameof(kindName), kindName, null),
    };

    public static ValidatedCatalog Validate(IEnumerable<ParsedFile> files)
    {
        var list = files.ToArray();
        return LastValidation.Find(list) ?? LastValidation.Remember(list, ValidateFiles(list));
    }

    private static ValidatedCatalog ValidateFiles(ParsedFile[] files)
    {
        var diagnostics = new List<CatalogDiagnostic>();
        var all = files
            .SelectMany(file => file.Entries)
            .OrderBy(entry => entry.Path, StringComparer.Ordinal)
            .ThenBy(entry => entry.IdSpan.Offset)
            .ToList();

        var developers = Unique(all.OfType<DeveloperEntry>(), diagnostics);
        var licenses = Unique(all.OfType<LicenseEntry>(), diagnostics);
        var datasets = Unique(all.OfType<DatasetEntry>(), diagnostics);
        var footnotes = Unique(all.OfType<FootnoteEntry>(), diagnostics);
        var sections = Unique(all.OfType<SectionEntry>(), diagnostics);
        CheckSectionParents(sections, diagnostics);
        var registries = new Registries(Ids(developers), Ids(licenses), Ids(datasets), Ids(footnotes), Ids(sections));

        // Incomplete records are checked like the others, so that their every problem shows, and then left out.
        var models = Unique(all.OfType<ModelRecord>(), diagnostics).Where(model => ReferencesResolve(model, registries, diagnostics) && !model.IsIncomplete).ToList();
        var benchmarks = Unique(all.OfType<BenchmarkRecord>(), diagnostics).Where(benchmark => ReferencesResolve(benchmark, registries, diagnostics) && !benchmark.IsIncomplete).ToList();
        var papers = Unique(all.OfType<PaperRecord>(), diagnostics).Where(paper => ReferencesResolve(paper, registries, diagnostics) && !paper.IsIncomplete).ToList();

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
            diagnostics.ToEquatableArray());
    }

    /// <summary>Keeps the first entry of each id and of each C# name (in path order), sorted by id.</summary>
    private static List<T> Unique<T>(IEnumerable<T> entries, List<CatalogDiagnostic> diagnostics)
        where T : CatalogEntry
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        var byIdentifier = new Dictionary<string, T>(IdentifierComparer);
        foreach (var entry in entries)
        {
            if (byId.TryGetValue(entry.Id, out var first))
            {
                diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.DuplicateId, entry.Path, entry.IdSpan, Capitalize(entry.KindName), entry.Id, DescribePlace(first)));
                continue;
            }

            var identifier = IdentifierNamer.ToIdentifier(entry.Id);
            if (IsReservedIdentifier(entry.KindName, identifier))
            {
                diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.IdentifierCollision, entry.Path, entry.IdSpan, Capitalize(entry.KindName), entry.Id, identifier, $"{ContainerName(entry.KindName)} (a name C# reserves there)"));
                continue;
            }

            if (byIdentifier.TryGetValue(identifier, out var owner))
            {
                diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.IdentifierCollision, entry.Path, entry.IdSpan, Capitalize(entry.KindName), entry.Id, identifier, owner.Id));
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
        "section" => Array.Empty<string>(),
        _ => new[] { char.ToUpperInvariant(kindName[0]) + kindName.Substring(1) + "Table" },
    };

    /// <summary>
    /// A section's parent must be a section, and following parents must end at a top section. The section is still
    /// compiled (only the category and the table layout are inherited, and both stop at a cycle), but the error
    /// says where the tree is broken.
    /// </summary>
    private static void CheckSectionParents(List<SectionEntry> sections, List<CatalogDiagnostic> diagnostics)
    {
        var byId = sections.ToDictionary(section => section.Id, StringComparer.Ordinal);
        var ids = Ids(sections);
        foreach (var section in sections.Where(section => section.Parent is not null))
        {
            if (!byId.ContainsKey(section.Parent!))
            {
                Check(section, "section", section.Parent!, section.ValueSpanOf("parent"), ids, diagnostics);
                continue;
            }

            var chain = new List<string> { section.Id };
            for (var parent = section.Parent; parent is not null && byId.TryGetValue(parent, out var next); parent = next.Parent)
            {
                if (parent == section.Id)
                {
                    diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.CyclicSectionParent, section.Path, section.ValueSpanOf("parent"), section.Id, string.Join(" -> ", chain.Append(section.Id))));
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

    private static bool ReferencesResolve(ModelRecord model, Registries registries, List<CatalogDiagnostic> diagnostics)
    {
        var resolves = Check(model, "section", model.Section, model.SectionSpan, registries.Sections, diagnostics);
        resolves &= CheckAll(model, "developer", model.Developers, registries.Developers, diagnostics);
        resolves &= CheckAll(model, "license", model.Licenses, registries.Licenses, diagnostics);
        resolves &= CheckAll(model, "dataset", model.Datasets, registries.Datasets, diagnostics);
        resolves &= CheckFootnotes(model, model.Footnotes, registries, diagnostics);
        foreach (var variant in model.Variants)
        {
            resolves &= CheckAll(model, "license", variant.Licenses, registries.Licenses, diagnostics);
        }

        return resolves;
    }

    private static bool ReferencesResolve(BenchmarkRecord benchmark, Registries registries, List<CatalogDiagnostic> diagnostics)
    {
        var resolves = Check(benchmark, "section", benchmark.Section, benchmark.SectionSpan, registries.Sections, diagnostics);
        resolves &= CheckAll(benchmark, "developer", benchmark.Developers, registries.Developers, diagnostics);
        resolves &= CheckFootnotes(benchmark, benchmark.Footnotes, registries, diagnostics);
        return resolves;
    }

    private static bool ReferencesResolve(PaperRecord paper, Registries registries, List<CatalogDiagnostic> diagnostics) =>
        Check(paper, "section", paper.Section, paper.SectionSpan, registries.Sections, diagnostics);

    private static bool CheckFootnotes(CatalogEntry entry, EquatableArray<FootnoteReference> references, Registries registries, List<CatalogDiagnostic> diagnostics)
    {
        var resolves = true;
        foreach (var reference in references)
        {
            resolves &= Check(entry, "footnote", reference.FootnoteId, reference.Span, registries.Footnotes, diagnostics);
        }

        return resolves;
    }

    private static bool CheckAll(CatalogEntry entry, string kind, EquatableArray<EntryReference> references, HashSet<string> registry, List<CatalogDiagnostic> diagnostics)
    {
        var resolves = true;
        foreach (var reference in references)
        {
            resolves &= Check(entry, kind, reference.Id, reference.Span, registry, diagnostics);
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

    private static string DescribePlace(CatalogEntry entry) => $"{entry.Path}({entry.IdSpan.Line},{entry.IdSpan.Column})";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static HashSet<string> Ids(IEnumerable<CatalogEntry> entries) =>
        new(entries.Select(entry => entry.Id), StringComparer.Ordinal);

    private sealed record Registries(
        HashSet<string> Developers,
        HashSet<string> Licenses,
        HashSet<string> Datasets,
        HashSet<string> Footnotes,
        HashSet<string> Sections);

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
