using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>One row of a section in the three languages, its cells' footnote markers already turned into footnote ids.</summary>
internal sealed record UpstreamRow(RowOrigin Origin, IReadOnlyList<PerLanguage<string>> Cells);
