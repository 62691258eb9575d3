using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;

/// <summary>A folder under the system temp folder, deleted with the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jllm-analyzers-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes catalog files given by <c>/catalog/</c>-rooted paths under <paramref name="subfolder"/>.</summary>
    public void WriteCatalog(IEnumerable<AdditionalText> files, string subfolder = "catalog")
    {
        foreach (var file in files)
        {
            var target = System.IO.Path.Combine(Path, subfolder, file.Path.Substring("/catalog/".Length));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.WriteAllText(target, file.GetText()!.ToString());
        }
    }

    /// <summary>The catalog files under <paramref name="subfolder"/> as additional files with their full paths, as a build passes them.</summary>
    public IReadOnlyList<AdditionalText> ReadCatalog(string subfolder = "catalog") =>
        Directory.EnumerateFiles(System.IO.Path.Combine(Path, subfolder), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (AdditionalText)new InMemoryAdditionalText(file, File.ReadAllText(file)))
            .ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the system.
        }
    }
}
