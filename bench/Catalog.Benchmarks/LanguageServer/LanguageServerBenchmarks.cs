using BenchmarkDotNet.Attributes;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Rules;
using JapaneseLlm.Catalog.Cli.LanguageServer;
using JapaneseLlm.Catalog.Performance.Infrastructure;

namespace JapaneseLlm.Catalog.Performance.LanguageServer;

/// <summary>
/// <c>jllm lsp</c> on the real catalog: one keystroke's diagnostics (the edited file re-parsed, the cross-file checks
/// over the parses the server holds) beside what <c>jllm check</c> does for the same catalog (every file parsed and
/// checked), both from texts in memory so that neither pays for the disk.
/// </summary>
[Config(typeof(Report.SuiteConfig))]
public class LanguageServerBenchmarks
{
    private IReadOnlyList<InMemoryAdditionalText> catalog = null!;
    private CatalogWorkspace workspace = null!;
    private string editedPath = null!;
    private string[] texts = null!;
    private int version;

    [GlobalSetup]
    public void Setup()
    {
        catalog = CatalogFolder.ReadRealCatalog();
        var edited = YamlKeystroke.PickModelFile(catalog);
        editedPath = edited.Path;
        texts = [YamlKeystroke.Type(edited.Text), edited.Text];
        workspace = CatalogWorkspace.Load(RepositoryPaths.Catalog);
        workspace.Update(editedPath, edited.Text, ++version);
        var diagnostics = workspace.DiagnosticsOf(editedPath);
        Console.WriteLine($"// {nameof(LanguageServerBenchmarks)}: {catalog.Count} files; keystroke in {editedPath}, {diagnostics.Count} diagnostics there");
    }

    /// <summary>jllm check's work: every file parsed, then every rule.</summary>
    [Benchmark]
    public IReadOnlyList<CatalogDiagnostic> FullCheck() =>
        CatalogChecker.Check(catalog.Select(file => CatalogParser.Parse(file.Path, file.Text)).ToList(), DateTime.UtcNow.Year);

    /// <summary>A keystroke in an open record (the year's digit typed and typed back, alternately) and the diagnostics to publish for it.</summary>
    [Benchmark]
    public IReadOnlyList<CatalogDiagnostic> Keystroke()
    {
        version++;
        workspace.Update(editedPath, texts[version % 2], version);
        return workspace.DiagnosticsOf(editedPath);
    }
}
