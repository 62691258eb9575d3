using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Generator.Emit;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Naming;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Validation;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>Turns the validated catalog into emitter specs: assigns table indexes and resolves references.</summary>
internal static class CatalogSpecBuilder
{
    public static CatalogSpec Build(ValidatedCatalog catalog, CodeTarget target)
    {
        var developers = Index(catalog.Developers, entry => entry.Name.Preferred(Language.En));
        var licenses = Index(catalog.Licenses, entry => entry.Name.Preferred(Language.En));
        var datasets = Index(catalog.Datasets, entry => entry.Name.Preferred(Language.En));
        var footnotes = Index(catalog.Footnotes, entry => entry.Id);
        var caveats = new HashSet<string>(catalog.Footnotes.Where(entry => entry.OpenAiTermsCaveat).Select(entry => entry.Id), StringComparer.Ordinal);
        var categories = ModelCategories.BySection(catalog.Sections);

        // One spec per license, shared by every reference to it: a large catalog has many more references than licenses.
        var licenseReferences = new Dictionary<string, LicenseReferenceSpec>(StringComparer.Ordinal);
        foreach (var license in catalog.Licenses)
        {
            licenseReferences[license.Id] = new LicenseReferenceSpec(licenses[license.Id], license.CommercialUse);
        }

        // Loops rather than LINQ: this runs once per record of the catalog on every cold run.
        var models = new ModelSpec[catalog.Models.Count];
        for (var index = 0; index < models.Length; index++)
        {
            var model = catalog.Models[index];
            var identifier = IdentifierNamer.ToIdentifier(model.Id);
            models[index] = new ModelSpec(
                target,
                index,
                identifier,
                model,
                categories.TryGetValue(model.Section, out var category) ? category : ModelCategory.TextGeneration,
                Resolve(model.Developers, developers),
                Resolve(model.Licenses, licenseReferences),
                Variants(model, identifier, licenseReferences),
                Resolve(model.Datasets, datasets),
                Attach(model.Footnotes, footnotes),
                HasCaveat(model.Footnotes, caveats));
        }

        var benchmarks = new BenchmarkSpec[catalog.Benchmarks.Count];
        for (var index = 0; index < benchmarks.Length; index++)
        {
            var benchmark = catalog.Benchmarks[index];
            benchmarks[index] = new BenchmarkSpec(
                target,
                index,
                IdentifierNamer.ToIdentifier(benchmark.Id),
                benchmark,
                Resolve(benchmark.Developers, developers),
                Attach(benchmark.Footnotes, footnotes));
        }

        var papers = catalog.Papers.Select((paper, index) => new PaperSpec(target, index, IdentifierNamer.ToIdentifier(paper.Id), paper)).ToEquatableArray();

        var registries = new RegistrySpec(
            target,
            Named(catalog.Developers),
            Named(catalog.Licenses),
            Named(catalog.Datasets),
            Named(catalog.Footnotes),
            Named(catalog.Sections));

        var tables = new TableSpec(
            target,
            models.Select(model => new TableEntry(model.Record.Id, model.Identifier)).ToEquatableArray(),
            benchmarks.Select(benchmark => new TableEntry(benchmark.Record.Id, benchmark.Identifier)).ToEquatableArray(),
            papers.Select(paper => new TableEntry(paper.Record.Id, paper.Identifier)).ToEquatableArray(),
            HuggingFaceIds(new EquatableArray<ModelSpec>(models)));

        return new CatalogSpec(new EquatableArray<ModelSpec>(models), new EquatableArray<BenchmarkSpec>(benchmarks), papers, registries, tables);
    }

    private static EquatableArray<VariantSpec> Variants(ModelRecord model, string className, Dictionary<string, LicenseReferenceSpec> licenses)
    {
        var constantNames = HuggingFaceConstantNames.Of(model, className);
        var variants = new VariantSpec[model.Variants.Count];
        for (var index = 0; index < variants.Length; index++)
        {
            var variant = model.Variants[index];
            variants[index] = new VariantSpec(variant, constantNames[index], Resolve(variant.Licenses, licenses));
        }

        return new EquatableArray<VariantSpec>(variants);
    }

    /// <summary>Each reference's target; the validator has checked that every target exists.</summary>
    private static EquatableArray<T> Resolve<T>(EquatableArray<EntryReference> references, Dictionary<string, T> targets)
        where T : IEquatable<T>
    {
        if (references.Count == 0)
        {
            return EquatableArray<T>.Empty;
        }

        var resolved = new T[references.Count];
        for (var index = 0; index < resolved.Length; index++)
        {
            resolved[index] = targets[references[index].Id];
        }

        return new EquatableArray<T>(resolved);
    }

    private static EquatableArray<FootnoteAttachmentSpec> Attach(EquatableArray<FootnoteReference> references, Dictionary<string, ReferenceSpec> footnotes)
    {
        if (references.Count == 0)
        {
            return EquatableArray<FootnoteAttachmentSpec>.Empty;
        }

        var attached = new FootnoteAttachmentSpec[references.Count];
        for (var index = 0; index < attached.Length; index++)
        {
            attached[index] = new FootnoteAttachmentSpec(references[index].Field, footnotes[references[index].FootnoteId]);
        }

        return new EquatableArray<FootnoteAttachmentSpec>(attached);
    }

    private static bool HasCaveat(EquatableArray<FootnoteReference> references, HashSet<string> caveats)
    {
        foreach (var reference in references)
        {
            if (caveats.Contains(reference.FootnoteId))
            {
                return true;
            }
        }

        return false;
    }

    private static EquatableArray<HuggingFaceEntry> HuggingFaceIds(EquatableArray<ModelSpec> models)
    {
        // The first model (in id order) that lists a repo id owns it; the analyzers report the repeat.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<HuggingFaceEntry>();
        foreach (var model in models)
        {
            for (var variantIndex = 0; variantIndex < model.Variants.Count; variantIndex++)
            {
                var repoId = model.Variants[variantIndex].Record.HuggingFaceId;
                // A line feed cannot be in a repo id (the analyzers report the id) and would split the joined table;
                // the table packs positions in 16 bits each.
                if (repoId is not null && repoId.IndexOf('\n') < 0 && variantIndex < 65536 && model.Index < 65536 && seen.Add(repoId))
                {
                    entries.Add(new HuggingFaceEntry(repoId, model.Index, variantIndex));
                }
            }
        }

        return entries.ToEquatableArray();
    }

    private static Dictionary<string, ReferenceSpec> Index<T>(EquatableArray<T> entries, Func<T, string> displayName)
        where T : CatalogEntry, System.IEquatable<T> =>
        entries
            .Select((entry, index) => new ReferenceSpec(index, entry.Id, IdentifierNamer.ToIdentifier(entry.Id), PlainText.FromMarkdown(displayName(entry))))
            .ToDictionary(reference => reference.Id, StringComparer.Ordinal);

    private static EquatableArray<Named<T>> Named<T>(EquatableArray<T> entries)
        where T : CatalogEntry, System.IEquatable<T> =>
        entries.Select(entry => new Named<T>(IdentifierNamer.ToIdentifier(entry.Id), entry)).ToEquatableArray();
}
