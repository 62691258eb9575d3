namespace JapaneseLlm.Catalog.Editing.Tests.LanguageServer;

/// <summary>A copy of the committed catalog in a temporary folder, for tests that edit its files.</summary>
internal sealed class TemporaryCatalog : IDisposable
{
    public TemporaryCatalog()
    {
        Root = Path.Combine(Path.GetTempPath(), "jllm-lsp-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(TestPaths.Catalog, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(Root, Path.GetRelativePath(TestPaths.Catalog, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
