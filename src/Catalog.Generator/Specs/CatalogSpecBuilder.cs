using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Model;
using JapaneseLlm.Catalog.Model.Naming;
using JapaneseLlm.Catalog.Model.Records;
using JapaneseLlm.Catalog.Model.Validation;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>Turns the validated catalog into emitter specs: assigns table indexes and resolves references.</summary>
internal static class CatalogSpecBuilder
{
    public static CatalogSpec Build(ValidatedCatalog catalog, string ns)
    {
        var developers = Index(catalog.Developers, entry => entry.Name.Preferred(Language.En));
        var licenses = Index(catalog.Licenses, entry => entry.Name.Preferred(Language.En));
        var datasets = Index(catalog.Datasets, entry => entry.Name.Preferred(Language.En));
        var footnotes = Index(catalog.Footnotes, entry => entry.Id);
        var licenseEntries = catalog.Licenses.ToDictionary(entry => entry.Id, StringComparer.Ordinal);
        var caveats = new HashSet<string>(catalog.Footnotes.Where(entry => entry.OpenAiTermsCaveat).Select(entry => entry.Id), StringComparer.Ordinal);
        var categories = ModelCategories.BySection(catalog.Sections);

        LicenseReferenceSpec License(EntryReference reference) =>
            new(licenses[reference.Id], licenseEntries[reference.Id].CommercialUse);

        var models = catalog.Models.Select((model, index) =>
        {
            var identifier = IdentifierNamer.ToIdentifier(model.Id);
            return new ModelSpec(
                ns,
                index,
                identifier,
                model,
                categories.TryGetValue(model.Section, out var category) ? category : ModelCategory.TextGeneration,
                model.Developers.Select(reference => developers[reference.Id]).ToEquatableArray(),
                model.Licenses.Select(License).ToEquatableArray(),
                Variants(model, identifier, License),
                model.Datasets.Select(reference => datasets[reference.Id]).ToEquatableArray(),
                model.Footnotes.Select(reference => new FootnoteAttachmentSpec(reference.Field, footnotes[reference.FootnoteId])).ToEquatableArray(),
                model.Footnotes.Any(reference => caveats.Contains(reference.FootnoteId)));
        }).ToEquatableArray();

        var benchmarks = catalog.Benchmarks.Select((benchmark, index) => new BenchmarkSpec(
            ns,
            index,
            IdentifierNamer.ToIdentifier(benchmark.Id),
            benchmark,
            benchmark.Developers.Select(reference => developers[reference.Id]).ToEquatableArray(),
            benchmark.Footnotes.Select(reference => new FootnoteAttachmentSpec(reference.Field, footnotes[reference.FootnoteId])).ToEquatableArray())).ToEquatableArray();

        var papers = catalog.Papers.Select((paper, index) => new PaperSpec(ns, index, IdentifierNamer.ToIdentifier(paper.Id), paper)).ToEquatableArray();

        var registries = new RegistrySpec(
            ns,
            Named(catalog.Developers),
            Named(catalog.Licenses),
            Named(catalog.Datasets),
            Named(catalog.Footnotes),
            Named(catalog.Sections));

        var tables = new TableSpec(
            ns,
            ns == CatalogNamespace.Default,
            models.Select(model => new TableEntry(model.Record.Id, model.Identifier)).ToEquatableArray(),
            benchmarks.Select(benchmark => new TableEntry(benchmark.Record.Id, benchmark.Identifier)).ToEquatableArray(),
            papers.Select(paper => new TableEntry(paper.Record.Id, paper.Identifier)).ToEquatableArray(),
            HuggingFaceIds(models));

        return new CatalogSpec(models, benchmarks, papers, registries, tables);
    }

    private static EquatableArray<VariantSpec> Variants(ModelRecord model, string className, Func<EntryReference, LicenseReferenceSpec> license)
    {
        var constantNames = ConstantNames(model, className);
        var variants = new VariantSpec[model.Variants.Count];
        for (var index = 0; index < variants.Length; index++)
        {
            var variant = model.Variants[index];
            variants[index] = new VariantSpec(variant, constantNames[index], variant.Licenses.Select(license).ToEquatableArray());
        }

        return new EquatableArray<VariantSpec>(variants);
    }

    /// <summary>
    /// Names the Hugging Face id constants of one model after the repo name. Where two repos share a name
    /// (a quantisation under another owner) or the name would clash with the enclosing class or an inherited
    /// member, the owner qualifies it; a repo listed twice gets one constant.
    /// </summary>
    private static string?[] ConstantNames(ModelRecord model, string className)
    {
        var variants = model.Variants;
        var shortNames = new string?[variants.Count];
        for (var index = 0; index < shortNames.Length; index++)
        {
            shortNames[index] = variants[index].HuggingFaceId is { } repoId ? RepoConstantName(repoId, qualified: false) : null;
        }

        var names = new string?[variants.Count];
        HashSet<string>? taken = null;
        for (var index = 0; index < names.Length; index++)
        {
            var name = shortNames[index];
            if (name is null)
            {
                continue;
            }

            if (IsRepeated(shortNames, name) || name == className || IdentifierNamer.ReservedMemberNames.Contains(name))
            {
                name = RepoConstantName(variants[index].HuggingFaceId!, qualified: true);
            }

            if (name != className && (taken ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
            {
                names[index] = name;
            }
        }

        return names;
    }

    private static bool IsRepeated(string?[] names, string name)
    {
        var count = 0;
        foreach (var other in names)
        {
            if (other == name && ++count > 1)
            {
                return true;
            }
        }

        return false;
    }

    private static string RepoConstantName(string repoId, bool qualified)
    {
        var slash = repoId.IndexOf('/');
        var name = qualified || slash < 0 ? repoId : repoId.Substring(slash + 1);
        return IdentifierNamer.ToIdentifier(name.ToLowerInvariant());
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
            .Select((entry, index) => new ReferenceSpec(index, entry.Id, IdentifierNamer.ToIdentifier(entry.Id), displayName(entry)))
            .ToDictionary(reference => reference.Id, StringComparer.Ordinal);

    private static EquatableArray<Named<T>> Named<T>(EquatableArray<T> entries)
        where T : CatalogEntry, System.IEquatable<T> =>
        entries.Select(entry => new Named<T>(IdentifierNamer.ToIdentifier(entry.Id), entry)).ToEquatableArray();
}
