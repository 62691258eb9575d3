using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="Benchmark"/> is built from: set in an object initializer and passed to <see cref="Benchmark(BenchmarkValues)"/>.</summary>
/// <remarks>
/// A shape that grows by members, not parameters (see <see cref="ModelValues"/>). Unset lists become empty lists;
/// <see cref="Id"/>, <see cref="Name"/> and <see cref="Section"/> are required.
/// </remarks>
public sealed class BenchmarkValues
{
    /// <inheritdoc cref="Benchmark.Id"/>
    public string? Id;

    /// <inheritdoc cref="Benchmark.Name"/>
    public LocalizedName? Name;

    /// <inheritdoc cref="Benchmark.Url"/>
    public string? Url;

    /// <inheritdoc cref="Benchmark.Urls"/>
    public LocalizedText? Urls;

    /// <inheritdoc cref="Benchmark.Section"/>
    public string? Section;

    /// <inheritdoc cref="Benchmark.Anchor"/>
    public string? Anchor;

    /// <inheritdoc cref="Benchmark.Description"/>
    public LocalizedText? Description;

    /// <inheritdoc cref="Benchmark.Developers"/>
    public IReadOnlyList<Developer>? Developers;

    /// <inheritdoc cref="Benchmark.Footnotes"/>
    public IReadOnlyList<FootnoteAttachment>? Footnotes;
}
