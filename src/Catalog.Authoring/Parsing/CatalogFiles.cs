using System;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>Which files are catalog files: YAML files. The generator, analyzers and jllm agree through this.</summary>
public static class CatalogFiles
{
    public static bool IsCatalogFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
