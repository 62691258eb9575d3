using System.Collections.Generic;
using JapaneseLlm.Catalog.Cli.Catalog;

namespace JapaneseLlm.Catalog.Cli.Yaml;

/// <summary>The catalog as files: relative path (with '/') → YAML text, in path order.</summary>
internal static class CatalogFileSet
{
    public static SortedDictionary<string, string> From(CatalogContent catalog)
    {
        var files = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var model in catalog.Models)
        {
            var path = CatalogLayout.ModelPath(model.Section, model.Id);
            files[path] = CatalogFileWriter.Model(model, path);
        }

        foreach (var benchmark in catalog.Benchmarks)
        {
            var path = CatalogLayout.BenchmarkPath(benchmark.Section, benchmark.Id);
            files[path] = CatalogFileWriter.Benchmark(benchmark, path);
        }

        foreach (var paper in catalog.Papers)
        {
            var path = CatalogLayout.PaperPath(paper.Section, paper.Id);
            files[path] = CatalogFileWriter.Paper(paper, path);
        }

        Add(files, "developers", path => CatalogFileWriter.Developers(catalog.Developers, path));
        Add(files, "licenses", path => CatalogFileWriter.Licenses(catalog.Licenses, path));
        Add(files, "datasets", path => CatalogFileWriter.Datasets(catalog.Datasets, path));
        Add(files, "footnotes", path => CatalogFileWriter.Footnotes(catalog.Footnotes, path));
        Add(files, "sections", path => CatalogFileWriter.Sections(catalog.Sections, path));
        if (catalog.BaseModels.Count > 0)
        {
            Add(files, "base_models", path => CatalogFileWriter.BaseModels(catalog.BaseModels, path));
        }

        if (catalog.Vocabulary.Count > 0)
        {
            Add(files, "vocabulary", path => CatalogFileWriter.Vocabulary(catalog.Vocabulary, path));
        }

        return files;
    }

    private static void Add(SortedDictionary<string, string> files, string kind, System.Func<string, string> write)
    {
        var path = CatalogLayout.RegistryPath(kind);
        files[path] = write(path);
    }
}
