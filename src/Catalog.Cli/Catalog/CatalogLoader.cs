using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Validation;

namespace JapaneseLlm.Catalog.Cli.Catalog;

/// <summary>
/// Reads catalog/ through the shared parser and validator (the same the generator and analyzers use) and
/// returns the content with every diagnostic. Sections and footnotes keep their registry order.
/// </summary>
internal static class CatalogLoader
{
    public static (CatalogContent Catalog, IReadOnlyList<CatalogDiagnostic> Diagnostics) Load(string root) => Load(CatalogFolder.Read(root));

    /// <summary>The catalog bundled into jllm when it was built: the files the package compiled, at the same commit.</summary>
    public static (CatalogContent Catalog, IReadOnlyList<CatalogDiagnostic> Diagnostics) LoadBundled() => Load(BundledFiles());

    public static SortedDictionary<string, string> BundledFiles()
    {
        const string Prefix = "catalog/";
        var assembly = typeof(CatalogLoader).Assembly;
        var files = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild writes the recursive folder with the build machine's separator.
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(Prefix, System.StringComparison.Ordinal))
            {
                continue;
            }

            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
            files[path.Substring(Prefix.Length)] = reader.ReadToEnd();
        }

        return files;
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
            entries.OfType<FootnoteEntry>().ToList())
        {
            BaseModels = validated.BaseModels,
            Vocabulary = validated.Vocabulary,
        };
        return (catalog, diagnostics);
    }
}
