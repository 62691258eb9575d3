using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using JapaneseLlm.Catalog.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace JapaneseLlm.Catalog.Performance.Infrastructure;

/// <summary>
/// The compilation the generator runs in: the runtime library's hand-written sources (src/Catalog, netstandard2.0
/// symbols) against the .NET 10 reference assemblies, as tests/…/GeneratorHarness builds it.
/// </summary>
internal static class RuntimeCompilation
{
    public static readonly CSharpParseOptions ParseOptions =
        new CSharpParseOptions(LanguageVersion.Latest).WithPreprocessorSymbols("NETSTANDARD2_0");

    public static CSharpCompilation Create() =>
        CSharpCompilation.Create(
            "JapaneseLlm.Catalog",
            RuntimeLibrarySources.Files(RepositoryPaths.Combine("src", "Catalog"))
                .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions, file)),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>An empty library compilation: for the analyzers, which read only the additional files.</summary>
    public static CSharpCompilation CreateEmpty() =>
        CSharpCompilation.Create("JapaneseLlm.Catalog", [], Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>The compilation after a keystroke in a hand-written .cs file: a comment typed at its end.</summary>
    public static CSharpCompilation WithCSharpKeystroke(CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees.First();
        var text = tree.GetText();
        var edited = text.WithChanges(new TextChange(new TextSpan(text.Length, 0), "// x"));
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(edited));
    }

    public static ImmutableArray<AdditionalText> AsAdditionalTexts(IEnumerable<InMemoryAdditionalText> texts) =>
        texts.Cast<AdditionalText>().ToImmutableArray();
}
