using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using JapaneseLlm.Catalog.Generator;
using JapaneseLlm.Catalog.Authoring.Naming;
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
                    public static string Name() => Contoso.Catalog.GeneratedCatalog.Models.Sarashina2.Name.English!;
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
            ProjectOptions.Of(CatalogNamespace.PropertyName, "Contoso.Catalog"));
        driver.RunGeneratorsAndUpdateCompilation(user, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains(output.SyntaxTrees, tree => tree.ToString().Contains("namespace Contoso.Catalog", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Both_namespaces_imported_together_leave_no_name_ambiguous_and_the_usage_rules_see_the_project_catalog()
    {
        var output = CompileProjectCatalog("Contoso.Catalog", GeneratorHarness.ParseOptions, """
            using JapaneseLlm.Catalog;
            using Contoso.Catalog;

            namespace Contoso.App;

            public static class Uses
            {
                public static Model Bundled() => Models.Sarashina2;
                public static Model Own() => GeneratedCatalog.Models.Sarashina2__8x70B;
                public static Model? OwnById() => GeneratedCatalog.Instance.FindModel("sarashina2-8x70b");
                public static License License() => GeneratedCatalog.Licenses.Mit;
                public static string Repo() => GeneratedCatalog.HuggingFaceIds.Sarashina2.Sarashina2__7B;
            }
            """, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));
        var usage = (await output.WithAnalyzers([new UsageAnalyzers.ModelUsageAnalyzer()]).GetAnalyzerDiagnosticsAsync())
            .Where(diagnostic => diagnostic.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) != true);
        Assert.Equal([("JLLM1001", 8), ("JLLM1001", 9)], usage.Select(diagnostic => (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line)).Order());
    }

    /// <summary>The class a project catalog is nested in is no name a record may not have.</summary>
    [Theory]
    [InlineData("generated-catalog")]
    [InlineData("instance")]
    [InlineData("catalog-data")]
    public void A_record_named_like_the_containing_class_or_its_members_compiles(string id)
    {
        var files = TestCatalogs.Load("Sample").Append(TestCatalogs.Text("/catalog/models/extra.yaml", $"""
            kind: model
            id: {id}
            section: text-generation/from-scratch/general
            name: Extra
            year: 2024
            developers: [sb-intuitions]
            licenses: [mit]
            variants:
            - label: 7b
              hf: extra/{id}
            """)).ToList();
        var user = CSharpCompilation.Create(
            "Contoso.App",
            [CSharpSyntaxTree.ParseText("namespace Contoso.App { }", GeneratorHarness.ParseOptions)],
            [.. Net100.References.All, GeneratorHarness.Run(TestCatalogs.Load("Sample")).Output.ToMetadataReference()],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([new CatalogGenerator().AsSourceGenerator()], files, GeneratorHarness.ParseOptions, ProjectOptions.Of(CatalogNamespace.PropertyName, "Contoso.Catalog"))
            .RunGeneratorsAndUpdateCompilation(user, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));
        Assert.Contains(output.GetSymbolsWithName(IdentifierNamer.ToIdentifier(id), SymbolFilter.Member), member => member.ContainingType.Name == "Models");
    }

    [Fact]
    public void Without_the_runtime_library_the_generator_says_what_to_add_and_generates_nothing()
    {
        var user = CSharpCompilation.Create(
            "Contoso.App",
            [CSharpSyntaxTree.ParseText("namespace Contoso.App { }", GeneratorHarness.ParseOptions)],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        CSharpGeneratorDriver.Create([new CatalogGenerator().AsSourceGenerator()], TestCatalogs.Load("Sample"), GeneratorHarness.ParseOptions, ProjectOptions.Of(CatalogNamespace.PropertyName, "Contoso.Catalog"))
            .RunGeneratorsAndUpdateCompilation(user, out var output, out var generatorDiagnostics);

        var diagnostic = Assert.Single(generatorDiagnostics);
        Assert.Equal(("JLLM0303", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("add <PackageReference Include=\"JapaneseLlm.Catalog\"", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics());
        Assert.DoesNotContain(output.SyntaxTrees, tree => tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_build_diagnostic_is_release_tracked_and_documented()
    {
        var unshipped = File.ReadAllText(RepositoryPaths.Combine("src", "Catalog.Generator", "AnalyzerReleases.Unshipped.md"));
        var index = File.ReadAllText(RepositoryPaths.Combine("docs", "diagnostics", "README.md"));
        foreach (var rule in new[] { BuildDiagnostics.UnusableNamespace, BuildDiagnostics.MissingRuntimeLibrary })
        {
            Assert.Contains($"{rule.Id} | {rule.Category} | {rule.DefaultSeverity} | {rule.Title}", unshipped, StringComparison.Ordinal);
            Assert.Contains($"| [{rule.Id}]({rule.Id}.md) | {rule.Title} |", index, StringComparison.Ordinal);
            Assert.EndsWith($"docs/diagnostics/{rule.Id}.md", rule.HelpLinkUri, StringComparison.Ordinal);
        }
    }

    /// <summary>A netstandard2.0 project compiles at C# 7.3 unless it says otherwise; the generated code must too.</summary>
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Default)]
    [InlineData(LanguageVersion.Latest)]
    public void Generated_code_compiles_at_the_consumers_language_version(LanguageVersion version)
    {
        var options = new CSharpParseOptions(version);
        var output = CompileProjectCatalog("Contoso.Catalog", options, """
            namespace Contoso.App
            {
                public static class Uses
                {
                    public static string Name() { return Contoso.Catalog.GeneratedCatalog.Models.Sarashina2.Name.English ?? ""; }
                    public static int Count() { return Contoso.Catalog.GeneratedCatalog.Instance.Models.Count; }
                    public static string Repo() { return Contoso.Catalog.GeneratedCatalog.HuggingFaceIds.Sarashina2.Sarashina2__7B; }
                }
            }
            """, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));
        var hasNullableDirective = output.SyntaxTrees.Any(tree => tree.ToString().Contains("#nullable enable", StringComparison.Ordinal));
        Assert.Equal(options.LanguageVersion >= LanguageVersion.CSharp8, hasNullableDirective);
    }

    [Theory]
    [InlineData("Contoso.Catalog", "Contoso.Catalog")]
    [InlineData(" Contoso . Catalog ", "Contoso.Catalog")]
    [InlineData("my-app.Catalog", "my_app.Catalog")]
    [InlineData("My App.Catalog", "My_App.Catalog")]
    [InlineData("1st.Catalog", "_1st.Catalog")]
    [InlineData("class.Models", "@class.Models")]
    [InlineData("Contoso;System", "Contoso_System")]
    [InlineData("日本.カタログ", "日本.カタログ")]
    public void A_project_namespace_is_made_a_valid_namespace_and_the_catalog_compiles_into_it(string property, string expected)
    {
        Assert.Equal(new NamespaceChoice(expected, null), CatalogNamespace.FromProperty(property));

        var output = CompileProjectCatalog(property, GeneratorHarness.ParseOptions, "namespace Contoso.App { }", out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));
        var generatedCatalog = output.GetSymbolsWithName("GeneratedCatalog", SymbolFilter.Type).Single();
        Assert.Equal(expected, generatedCatalog.ContainingNamespace.ToDisplayString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Contoso..Catalog")]
    [InlineData(".Catalog")]
    [InlineData("Contoso. .Catalog")]
    public void A_namespace_with_an_empty_part_is_reported_and_never_replaced_by_the_packages_own(string property)
    {
        Assert.Equal(new NamespaceChoice(null, property), CatalogNamespace.FromProperty(property));

        var output = CompileProjectCatalog(property, GeneratorHarness.ParseOptions, "namespace Contoso.App { }", out var generatorDiagnostics);
        var diagnostic = Assert.Single(generatorDiagnostics);
        Assert.Equal("JLLM0301", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"'{property}'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(output.SyntaxTrees, tree => tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
    }

    /// <summary>The sample catalog compiled as a consumer project's own catalog, beside the bundled one.</summary>
    internal static Compilation CompileProjectCatalog(string ns, CSharpParseOptions parseOptions, string userSource, out ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        var bundled = GeneratorHarness.Run(TestCatalogs.Load("Sample")).Output;
        var nullable = parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable;
        var user = CSharpCompilation.Create(
            "Contoso.App",
            [CSharpSyntaxTree.ParseText(userSource, parseOptions)],
            [.. Net100.References.All, bundled.ToMetadataReference()],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable));
        var driver = CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            TestCatalogs.Load("Sample"),
            parseOptions,
            ProjectOptions.Of(CatalogNamespace.PropertyName, ns));
        driver.RunGeneratorsAndUpdateCompilation(user, out var output, out generatorDiagnostics);
        return output;
    }
}
