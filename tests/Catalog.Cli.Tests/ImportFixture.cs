using System.Collections.Generic;
using JapaneseLlm.Catalog.Cli.Import;
using JapaneseLlm.Catalog.Cli.Upstream;
using JapaneseLlm.Catalog.Cli.Yaml;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>One import of the upstream list, shared by the tests of a class.</summary>
public sealed class ImportFixture
{
    public ImportFixture()
    {
        Upstream = UpstreamReader.Read(TestPaths.Upstream);
        Result = CatalogImporter.Import(Upstream);
        Files = CatalogFileSet.From(Result.Catalog);
    }

    internal UpstreamList Upstream { get; }

    internal ImportResult Result { get; }

    internal SortedDictionary<string, string> Files { get; }
}
