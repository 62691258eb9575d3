using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="Benchmark"/> is built from: set in an object initializer and passed to <see cref="Benchmark(BenchmarkValues)"/>.</summary>
/// <remarks>
/// A shape that grows by properties, not parameters (see <see cref="ModelValues"/>). Unset lists become empty lists;
/// <see cref="Id"/>, <see cref="Name"/> and <see cref="Section"/> are required.
/// </remarks>
public sealed class BenchmarkValues
{
    /// <inheritdoc cref="Benchmark.Id"/>
    public string? Id { get; set; }

    /// <inheritdoc cref="Benchmark.Name"/>
    public LocalizedName? Name { get; set; }

    /// <inheritdoc cref="Benchmark.Url"/>
    public string? Url { get; set; }

    /// <inheritdoc cref="Benchmark.Section"/>
    public string? Section { get; set; }

    /// <inheritdoc cref="Benchmark.Anchor"/>
    public string? Anchor { get; set; }

    /// <inheritdoc cref="Benchmark.Description"/>
    public LocalizedText? Description { get; set; }

    /// <inheritdoc cref="Benchmark.Developers"/>
    public IReadOnlyList<Developer>? Developers { get; set; }

    /// <inheritdoc cref="Benchmark.Footnotes"/>
    public IReadOnlyList<FootnoteAttachment>? Footnotes { get; set; }
}
