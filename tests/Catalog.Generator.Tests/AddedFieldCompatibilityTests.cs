using System.Reflection;
using System.Runtime.Loader;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>
/// What the construction path is for: a project catalog generated and compiled against this runtime keeps running,
/// unchanged, on a runtime that has since gained a field (here a weight format on variants).
/// </summary>
public sealed class AddedFieldCompatibilityTests
{
    private const string Probe = """
        namespace Contoso.App
        {
            public static class Probe
            {
                public static object Variant() { return Contoso.Catalog.GeneratedCatalog.Models.KarakuriLm8x7BInstructV0_1.Variants[0]; }
                public static string Url() { return Contoso.Catalog.GeneratedCatalog.Models.KarakuriLm8x7BInstructV0_1.Variants[0].Url; }
                public static int Models() { return Contoso.Catalog.GeneratedCatalog.Instance.Models.Count; }
            }
        }
        """;

    [Fact]
    public void A_project_catalog_compiled_before_a_field_was_added_runs_on_the_runtime_that_has_it()
    {
        var consumer = CustomCatalogTests.CompileProjectCatalog("Contoso.Catalog", new CSharpParseOptions(LanguageVersion.CSharp7_3), Probe, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        var context = new RuntimeContext(Emit(RuntimeWithReleaseNotes()));
        var probe = context.LoadFromStream(new MemoryStream(Emit(consumer))).GetType("Contoso.App.Probe")!;

        var variant = probe.GetMethod("Variant")!.Invoke(null, null)!;
        Assert.Same(context.Runtime, variant.GetType().Assembly);
        Assert.Null(variant.GetType().GetProperty("ReleaseNotes")!.GetValue(variant));
        Assert.Equal("https://huggingface.co/karakuri-ai/karakuri-lm-8x7b-instruct-v0.1", probe.GetMethod("Url")!.Invoke(null, null));
        Assert.Equal(6, probe.GetMethod("Models")!.Invoke(null, null));
    }

    /// <summary>The runtime with the sample catalog, and <c>ReleaseNotes</c> added to variants as a field is added.</summary>
    private static Compilation RuntimeWithReleaseNotes()
    {
        var runtime = GeneratorHarness.Run(TestCatalogs.Load("Sample")).Output;
        runtime = Edit(runtime, "ModelVariantValues.cs", "    public string? Label;\n", "    public string? ReleaseNotes;\n\n");
        runtime = Edit(runtime, "ModelVariant.cs", "        Label = RequiredValue.Of(", "        ReleaseNotes = values.ReleaseNotes;\n");
        return Edit(runtime, "ModelVariant.cs", "    public string Label { get; }\n", "    public string? ReleaseNotes { get; }\n\n");
    }

    /// <summary>Inserts <paramref name="inserted"/> before <paramref name="anchor"/> in one of the runtime's files.</summary>
    private static Compilation Edit(Compilation compilation, string fileName, string anchor, string inserted)
    {
        var tree = compilation.SyntaxTrees.Single(tree => Path.GetFileName(tree.FilePath) == fileName);
        var text = tree.ToString();
        var at = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{fileName} no longer has '{anchor.Trim()}', where this test adds a field.");
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Insert(at, inserted))));
    }

    private static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return stream.ToArray();
    }

    /// <summary>A load context in which JapaneseLlm.Catalog is the given runtime, whatever version a consumer names.</summary>
    private sealed class RuntimeContext : AssemblyLoadContext
    {
        public RuntimeContext(byte[] runtime)
            : base("added-field", isCollectible: true) =>
            Runtime = LoadFromStream(new MemoryStream(runtime));

        public Assembly Runtime { get; }

        protected override Assembly? Load(AssemblyName assemblyName) => assemblyName.Name == "JapaneseLlm.Catalog" ? Runtime : null;
    }
}
