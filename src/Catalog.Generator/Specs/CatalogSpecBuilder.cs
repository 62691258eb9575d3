using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Naming;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Rules;
using JapaneseLlm.Catalog.Authoring.Validation;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>
/// Turns the catalog into emitter specs in two parts: <see cref="Index"/>, the cross-file part (which records compile,
/// their table indexes, the registries and tables), from the validated cross-file facts; and <see cref="ModelFile"/>
/// and its siblings, each generated file's records with their references resolved through that index.
/// </summary>
internal static class CatalogSpecBuilder
{
    public static CatalogIndex Index(ValidatedCatalog catalog, CodeTarget target)
    {
        var registries = new RegistrySpec(
            target,
            Named(catalog.Developers),
            Named(catalog.Licenses),
            Named(catalog.Datasets),
            Named(catalog.Footnotes),
            Named(catalog.Sections),
            Named(catalog.BaseModels));

        var tables = new TableSpec(
            target,
            TableEntries(catalog.Models),
            TableEntries(catalog.Benchmarks),
            TableEntries(catalog.Papers),
            HuggingFaceIds(catalog.Models));

        return new CatalogIndex(target, Compiled(catalog.Models), Compiled(catalog.Benchmarks), Compiled(catalog.Papers), registries, tables);
    }

    /// <summary>The specs of a generated file's models that compile, in table order; <see langword="null"/> when none does.</summary>
    public static RecordFileSpec<ModelSpec>? ModelFile(RecordGroup<ModelRecord> group, CatalogIndex index) =>
        RecordFiles.InTableOrder(group, index.Models, (model, position) => Model(model, position, index));

    public static RecordFileSpec<BenchmarkSpec>? BenchmarkFile(RecordGroup<BenchmarkRecord> group, CatalogIndex index) =>
        RecordFiles.InTableOrder(group, index.Benchmarks, (benchmark, position) => new BenchmarkSpec(
            index.Target,
            position,
            IdentifierNamer.ToIdentifier(benchmark.Id),
            benchmark,
            Resolve(benchmark.Developers, index.References.Developers),
            Attach(benchmark.Footnotes, index.References.Footnotes)));

    public static RecordFileSpec<PaperSpec>? PaperFile(RecordGroup<PaperRecord> group, CatalogIndex index) =>
        RecordFiles.InTableOrder(group, index.Papers, (paper, position) => new PaperSpec(index.Target, position, IdentifierNamer.ToIdentifier(paper.Id), paper));

    private static ModelSpec Model(ModelRecord model, int position, CatalogIndex index)
    {
        var references = index.References;
        var identifier = IdentifierNamer.ToIdentifier(model.Id);
        return new ModelSpec(
            index.Target,
            position,
            identifier,
            model,
            ModelCategories.Of(model.Section, references.Categories),
            Resolve(model.Developers, references.Developers),
            Resolve(model.Licenses, references.Licenses),
            Variants(model, identifier, references.Licenses),
            Resolve(model.Datasets, references.Datasets),
            Attach(model.Footnotes, references.Footnotes),
            OpenAiTerms.Caveat(model, references.Caveats.Contains) >= 0,
            TrainingStages(model, references.Datasets))
        {
            BaseModels = BaseLinks(model.BaseModels, index),
        };
    }

    /// <summary>
    /// Each base as the model of its id that compiles, else the foreign base model of that id. A base model record
    /// that did not compile keeps its id only: the validator accepted the reference, and the record's own findings
    /// say why it is missing.
    /// </summary>
    private static EquatableArray<BaseLinkSpec> BaseLinks(EquatableArray<BaseModelLink> links, CatalogIndex index)
    {
        if (links.Count == 0)
        {
            return EquatableArray<BaseLinkSpec>.Empty;
        }

        var specs = new BaseLinkSpec[links.Count];
        for (var position = 0; position < specs.Length; position++)
        {
            var link = links[position];
            var model = CatalogIndex.IndexOfId(index.Models, link.Model);
            var foreign = model < 0 && index.References.BaseModels.TryGetValue(link.Model, out var reference) ? reference : null;
            specs[position] = new BaseLinkSpec(link.Model, link.Relation, model, foreign?.Index ?? -1, foreign?.DisplayName);
        }

        return new EquatableArray<BaseLinkSpec>(specs);
    }

    private static EquatableArray<TrainingStageSpec> TrainingStages(ModelRecord model, Dictionary<string, ReferenceSpec> datasets)
    {
        var stages = new TrainingStageSpec[model.Training.Count];
        for (var index = 0; index < stages.Length; index++)
        {
            stages[index] = new TrainingStageSpec(model.Training[index], Resolve(model.Training[index].Datasets, datasets));
        }

        return new EquatableArray<TrainingStageSpec>(stages);
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

    private static EquatableArray<HuggingFaceEntry> HuggingFaceIds(EquatableArray<ModelRecord> models)
    {
        // The first model (in id order) that lists a repo id owns it; the analyzers report the repeat.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<HuggingFaceEntry>();
        for (var modelIndex = 0; modelIndex < models.Count; modelIndex++)
        {
            var variants = models[modelIndex].Variants;
            for (var variantIndex = 0; variantIndex < variants.Count; variantIndex++)
            {
                var repoId = variants[variantIndex].HuggingFaceId;
                // A line feed cannot be in a repo id (the analyzers report the id) and would split the joined table;
                // the table packs positions in 16 bits each.
                if (repoId is not null && repoId.IndexOf('\n') < 0 && variantIndex < 65536 && modelIndex < 65536 && seen.Add(repoId))
                {
                    entries.Add(new HuggingFaceEntry(repoId, modelIndex, variantIndex));
                }
            }
        }

        return entries.ToEquatableArray();
    }

    private static EquatableArray<CompiledRecord> Compiled<T>(EquatableArray<T> records)
        where T : CatalogEntry, IEquatable<T> =>
        records.Select(record => new CompiledRecord(record.Id, record.Path)).ToEquatableArray();

    private static EquatableArray<TableEntry> TableEntries<T>(EquatableArray<T> records)
        where T : CatalogEntry, IEquatable<T> =>
        records.Select(record => new TableEntry(record.Id, IdentifierNamer.ToIdentifier(record.Id))).ToEquatableArray();

    private static EquatableArray<Named<T>> Named<T>(EquatableArray<T> entries)
        where T : CatalogEntry, IEquatable<T> =>
        entries.Select(entry => new Named<T>(IdentifierNamer.ToIdentifier(entry.Id), entry)).ToEquatableArray();
}
