using System;
using System.ComponentModel;

namespace JapaneseLlm.Catalog;

/// <summary>
/// What an <see cref="LlmCatalog"/> is assembled from: the generated tables, set in an object initializer and passed
/// to <see cref="LlmCatalog(LlmCatalogValues)"/>. Used by generated code.
/// </summary>
/// <remarks>
/// A shape that grows by members, not parameters (see <see cref="ModelValues"/>): a kind of record added later is a
/// new member, and a catalog compiled before it existed gets an empty table for it.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LlmCatalogValues
{
    /// <summary>The models.</summary>
    public RecordTable<Model>? Models;

    /// <summary>The benchmarks.</summary>
    public RecordTable<Benchmark>? Benchmarks;

    /// <summary>The papers.</summary>
    public RecordTable<Paper>? Papers;

    /// <summary>The developers.</summary>
    public RecordTable<Developer>? Developers;

    /// <summary>The licenses.</summary>
    public RecordTable<License>? Licenses;

    /// <summary>The data sets.</summary>
    public RecordTable<Dataset>? Datasets;

    /// <summary>The footnotes.</summary>
    public RecordTable<Footnote>? Footnotes;

    /// <summary>The foreign base models.</summary>
    public RecordTable<BaseModel>? BaseModels;

    /// <summary>The Hugging Face repo ids of every variant, joined by line feeds.</summary>
    public string? HuggingFaceRepoIds;

    /// <summary>For each repo id, its model's table index times 65,536 plus its variant's index.</summary>
    public Func<int[]>? HuggingFacePositions;
}
