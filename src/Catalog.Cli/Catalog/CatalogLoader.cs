using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Model.Diagnostics;
using JapaneseLlm.Catalog.Model.Parsing;
using JapaneseLlm.Catalog.Model.Records;
using JapaneseLlm.Catalog.Model.Validation;

namespace JapaneseLlm.Catalog.Cli.Catalog;

/// <summary>
/// Reads catalog/ through the shared parser and validator (the same the generator and analyzers use) and
/// returns the content with every diagnostic. Sections and footnotes keep their registry order.
/// </summary>
internal static class CatalogLoader
{
    public static (CatalogContent Catalog, IReadOnlyList<CatalogDiagnostic> Diagnostics) Load(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(CatalogFiles.IsCatalogFile)
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .ToDictionary(path => path, path => File.ReadAllText(Path.Combine(root, path), Encoding.UTF8));
        return Load(files);
    }

    public static (CatalogContent Catalog, IReadOnlyList<CatalogDiagnostic> Diagnostics) Load(IReadOnlyDictionary<string, string> files)
    {
        var parsed = files.Select(file => CatalogParser.Parse(file.Key, file.Value)).ToList();
        var validated = CatalogValidator.Validate(parsed);
        var diagnostics = parsed.SelectMany(file => file.Diagnostics).Concat(validated.Diagnostics).ToList();
        var entries = parsed.SelectMany(file => file.Entries).ToList();

        // Registry order, but only the sections the validator kept: a repeated id would render its table twice.
        var sections = new HashSet<SectionEntry>(validated.Sections);
        var catalog = new CatalogContent(
            entries.OfType<SectionEntry>().Where(sections.Contains).ToList(),
            validated.Models,
            validated.Benchmarks,
            validated.Papers,
            validated.Developers,
            validated.Licenses,
            validated.Datasets,
            entries.OfType<FootnoteEntry>().ToList());
        return (catalog, diagnostics);
    }
}
