using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Json;

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
        Models = objects.Models().Select(pair => new CompiledModel(pair.Record, pair.Model, licensesById)).ToList();
        byId = Models.ToDictionary(model => model.Record.Id, StringComparer.Ordinal);
        catalog = objects.ToCatalog();
    }

    /// <summary>The runtime's <see cref="LlmCatalog"/> of every kind, typed object for the tests that walk it (see <see cref="CompiledModel.Runtime"/>).</summary>
    internal object Runtime => catalog;

    /// <summary>Every model, in id order.</summary>
    public IReadOnlyList<CompiledModel> Models { get; }

    /// <summary>Compiles the records of a catalog.</summary>
    public static CompiledCatalog Compile(
        IReadOnlyList<SectionEntry> sections,
        IReadOnlyList<ModelRecord> models,
        IReadOnlyList<BenchmarkRecord> benchmarks,
        IReadOnlyList<PaperRecord> papers,
        IReadOnlyList<DeveloperEntry> developers,
        IReadOnlyList<LicenseEntry> licenses,
        IReadOnlyList<DatasetEntry> datasets,
        IReadOnlyList<FootnoteEntry> footnotes,
        IReadOnlyList<BaseModelEntry> baseModels) =>
        new(new RecordObjects(sections, models, benchmarks, papers, developers, licenses, datasets, footnotes, baseModels), licenses);

    /// <summary>
    /// The catalog as <c>jllm export --format json</c> writes it: <c>CatalogJson.Serialize</c> of these objects, with
    /// the links jllm may not write left out (<see cref="WritableLinks"/>).
    /// </summary>
    public string Json() =>
        JsonSerializer.Serialize(WritableLinks.Keep(CatalogJson.ToDocument(catalog)), CatalogJsonContext.Readable.CatalogDocument) + "\n";

    /// <summary>The models that <c>JapaneseLlmCatalog.Query()</c> with <paramref name="conditions"/> returns, in id order.</summary>
    public IReadOnlyList<CompiledModel> Query(ModelConditions conditions) =>
        conditions.ApplyTo(catalog.Query()).Select(model => byId[model.Id]).ToList();
}
