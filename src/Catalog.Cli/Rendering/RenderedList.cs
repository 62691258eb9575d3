using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Cli.Rendering;

/// <summary>
/// The list as rendered in one language, with the rows actually written per kind and the records that got no row,
/// each with why, so that jllm never counts a record it did not write (issue 17).
/// </summary>
internal sealed record RenderedList(string Text, int Models, int Benchmarks, int Papers, IReadOnlyList<string> Unrendered);
