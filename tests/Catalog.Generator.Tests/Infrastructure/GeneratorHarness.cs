using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using JapaneseLlm.Catalog.Generator;
using JapaneseLlm.Catalog.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JapaneseLlm.Catalog.Tests.Infrastructure;

/// <summary>
/// Runs the catalog generator the way the compiler does: over the runtime library's hand-written sources
/// (read from src/Catalog) plus the catalog's YAML as additional files.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions =
        new CSharpParseOptions(LanguageVersion.Latest).WithPreprocessorSymbols("NETSTANDARD2_0");

    private static readonly Lazy<ImmutableArray<SyntaxTree>> RuntimeSources = new(() =>
        RuntimeLibrarySources.Files(RepositoryPaths.Combine("src", "Catalog"))
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions, file))
            .ToImmutableArray());

    public static CSharpCompilation RuntimeCompilation(params SyntaxTree[] extraTrees) =>
        CSharpCompilation.Create(
            "JapaneseLlm.Catalog",
            RuntimeSources.Value.AddRange(extraTrees),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts) =>
        CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            additionalTexts,
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(IEnumerable<AdditionalText> additionalTexts)
    {
        var driver = CreateDriver(additionalTexts).RunGeneratorsAndUpdateCompilation(RuntimeCompilation(), out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>Emits the compilation and loads it in a collectible context, so its values can be read.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        stream.Position = 0;
        return new AssemblyLoadContext("catalog-test", isCollectible: true).LoadFromStream(stream);
    }
}

internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>All generated files, in hint-name order, joined with a header per file.</summary>
    public string AllSources() =>
        string.Concat(Result.Results.SelectMany(result => result.GeneratedSources)
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => $"//----- {source.HintName}\n{source.SourceText}"));

    public IReadOnlyList<Diagnostic> CompilationErrors() =>
        Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
}
