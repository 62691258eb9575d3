using System.Collections.Generic;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Model.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>A section of the registry with the upstream tables its records come from, in each language.</summary>
internal sealed record ImportedSection(SectionEntry Entry, IReadOnlyList<string> Fields, PerLanguage<MarkdownTable?> Tables, PerLanguage<string> Files);
