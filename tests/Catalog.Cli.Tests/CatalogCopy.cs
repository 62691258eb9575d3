using System;
using System.IO;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>A copy of the committed catalog in a folder of its own, for tests that change or sync it.</summary>
internal sealed class CatalogCopy : IDisposable
{
    public CatalogCopy() => Root = ListVariant.CopyFolder(TestPaths.Catalog, "jllm-catalog-");

    public string Root { get; }

    public void Edit(string path, Func<string, string> edit)
    {
        var file = Path.Combine(Root, path);
        var text = File.ReadAllText(file);
        var edited = edit(text);
        if (edited == text)
        {
            throw new InvalidOperationException($"the edit changed nothing in {path}");
        }

        File.WriteAllText(file, edited);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
