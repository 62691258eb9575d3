using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using JapaneseLlm.Catalog.Generator;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>A project that compiles its own YAML catalog (JapaneseLlm.Catalog.Build) next to the bundled one.</summary>
public sealed class CustomCatalogTests
{
    [Fact]
    public void A_project_catalog_compiles_into_its_own_namespace_beside_the_bundled_catalog()
    {
        var bundled = GeneratorHarness.Run(TestCatalogs.Load("Sample")).Output;
        var user = CSharpCompilation.Create(
            "Contoso.App",
            [CSharpSyntaxTree.ParseText("""
                namespace Contoso.App;
                public static class Uses
                {
                    public static string Name() => Contoso.Catalog.Models.Sarashina2.Name.English!;
                    public static int Count() => Contoso.Catalog.GeneratedCatalog.Instance.Models.Count;
                    public static string Bundled() => JapaneseLlm.Catalog.Models.Sarashina2.Id;
                }
                """, GeneratorHarness.ParseOptions),
             // Types the generated code must not bind to: it names the runtime's types through aliases of global names.
             CSharpSyntaxTree.ParseText("""
                namespace Contoso.Catalog
                {
                    internal sealed class System { }
                    internal sealed class JapaneseLlm { }
                    internal sealed class Model { }
                    internal sealed class LocalizedText { }
                    internal sealed class GeneratedCodeAttribute { }
                }
                """, GeneratorHarness.ParseOptions)],
            [.. Net100.References.All, bundled.ToMetadataReference()],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var driver = CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            TestCatalogs.Load("Sample"),
            GeneratorHarness.ParseOptions,
            new NamespaceOptions("Contoso.Catalog"));
        driver.RunGeneratorsAndUpdateCompilation(user, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains(output.SyntaxTrees, tree => tree.ToString().Contains("namespace Contoso.Catalog", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Contoso.Catalog", "Contoso.Catalog")]
    [InlineData("", "JapaneseLlm.Catalog")]
    [InlineData("class.Models", "JapaneseLlm.Catalog")]
    [InlineData("Contoso..Catalog", "JapaneseLlm.Catalog")]
    [InlineData("Contoso;System", "JapaneseLlm.Catalog")]
    public void Only_a_valid_namespace_is_taken_from_the_msbuild_property(string property, string expected) =>
        Assert.Equal(expected, CatalogNamespace.From(new NamespaceOptions(property)));

    private sealed class NamespaceOptions(string ns) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty.Add(CatalogNamespace.PropertyName, ns));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(ImmutableDictionary<string, string>.Empty);

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
