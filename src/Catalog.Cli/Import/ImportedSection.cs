using System.Collections.Generic;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// A section of the registry with the upstream tables its records come from, in each language.
/// <see cref="Fields"/> are the imported columns' fields and <see cref="TableColumns"/> their positions in the
/// tables: a column the importer does not know is reported and left out of both.
/// </summary>
internal sealed record ImportedSection(SectionEntry Entry, IReadOnlyList<string> Fields, IReadOnlyList<int> TableColumns, PerLanguage<MarkdownTable?> Tables, PerLanguage<string> Files);
