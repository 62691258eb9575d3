using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;
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
            files[path] = CatalogFileWriter.Record(ModelSchema.File, model, path);
        }

        foreach (var benchmark in catalog.Benchmarks)
        {
            var path = CatalogLayout.BenchmarkPath(benchmark.Section, benchmark.Id);
            files[path] = CatalogFileWriter.Record(BenchmarkSchema.File, benchmark, path);
        }

        foreach (var paper in catalog.Papers)
        {
            var path = CatalogLayout.PaperPath(paper.Section, paper.Id);
            files[path] = CatalogFileWriter.Record(PaperSchema.File, paper, path);
        }

        Add(files, RegistrySchemas.Developers, catalog.Developers);
        Add(files, RegistrySchemas.Licenses, catalog.Licenses);
        Add(files, RegistrySchemas.Datasets, catalog.Datasets);
        Add(files, RegistrySchemas.Footnotes, catalog.Footnotes);
        Add(files, RegistrySchemas.Sections, catalog.Sections);
        if (catalog.BaseModels.Count > 0)
        {
            Add(files, RegistrySchemas.BaseModels, catalog.BaseModels);
        }

        if (catalog.Vocabulary.Count > 0)
        {
            Add(files, RegistrySchemas.Vocabulary, catalog.Vocabulary);
        }

        return files;
    }

    private static void Add(SortedDictionary<string, string> files, SchemaFile registry, IEnumerable<CatalogEntry> entries)
    {
        var path = CatalogLayout.RegistryPath(registry.Kind);
        files[path] = CatalogFileWriter.Registry(registry, entries, path);
    }
}
