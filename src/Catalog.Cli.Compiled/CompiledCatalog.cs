using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Compiled;

/// <summary>
/// A working copy's records compiled into the runtime's objects, so that jllm filters with the runtime's
/// <see cref="ModelQuery"/> and reads the facts the runtime derives, as a program using the package would.
/// </summary>
public sealed class CompiledCatalog
{
    private readonly LlmCatalog catalog;
    private readonly Dictionary<string, CompiledModel> byId;

    private CompiledCatalog(RecordObjects objects, IReadOnlyList<LicenseEntry> licenses)
    {
        var licensesById = licenses.GroupBy(entry => entry.Id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var models = objects.Models();
        Models = models.Select(pair => new CompiledModel(pair.Record, pair.Model, licensesById)).ToList();
        byId = Models.ToDictionary(model => model.Record.Id, StringComparer.Ordinal);
        catalog = new LlmCatalog(new LlmCatalogValues
        {
            Models = new RecordTable<Model>(models.Count, () => models.Select(pair => pair.Record.Id).ToArray(), index => models[index].Model),
        });
    }

    /// <summary>Every model, in id order.</summary>
    public IReadOnlyList<CompiledModel> Models { get; }

    /// <summary>Compiles the records of a catalog.</summary>
    public static CompiledCatalog Compile(
        IReadOnlyList<SectionEntry> sections,
        IReadOnlyList<ModelRecord> models,
        IReadOnlyList<DeveloperEntry> developers,
        IReadOnlyList<LicenseEntry> licenses,
        IReadOnlyList<DatasetEntry> datasets,
        IReadOnlyList<FootnoteEntry> footnotes,
        IReadOnlyList<BaseModelEntry> baseModels) =>
        new(new RecordObjects(sections, models, developers, licenses, datasets, footnotes, baseModels), licenses);

    /// <summary>The models that <c>JapaneseLlmCatalog.Query()</c> with <paramref name="conditions"/> returns, in id order.</summary>
    public IReadOnlyList<CompiledModel> Query(ModelConditions conditions) =>
        conditions.ApplyTo(catalog.Query()).Select(model => byId[model.Id]).ToList();
}
