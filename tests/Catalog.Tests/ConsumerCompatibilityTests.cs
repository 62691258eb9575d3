using System.IO.Compression;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>
/// A consumer compiled against JapaneseLlm.Catalog 0.1.0 runs on this version without being rebuilt: a project
/// catalog as JapaneseLlm.Catalog.Build 0.1.0 generated it (it calls the positional constructors of 0.1.0), compiled
/// against the 0.1.0 runtime from package-baselines/, loaded beside the runtime these tests reference.
/// </summary>
public sealed class ConsumerCompatibilityTests
{
    private const string Probe = """
        namespace Contoso.App
        {
            using Contoso.Catalog;

            public static class Probe
            {
                public static string[] Read()
                {
                    var model = GeneratedCatalog.Models.KarakuriLm8x7BInstructV0_1;
                    var variant = model.Variants[0];
                    return new[]
                    {
                        model.Id,
                        model.Name.English,
                        model.Section,
                        variant.Url,
                        variant.ActiveParameters.ToString(),
                        model.Licenses[0].Id,
                        model.Footnotes[0].Field + " " + model.Footnotes[0].Footnote.Id,
                        model.HasOpenAiTermsCaveat.ToString(),
                        model.Datasets[0].Id + " " + model.Datasets[0].IsGeneratedByOpenAiModels,
                        model.Developers[0].Name.Japanese,
                        model.CommercialUse.ToString(),
                        GeneratedCatalog.Models.Sarashina2.ContextLengths[0].ToString(),
                        GeneratedCatalog.Instance.FindModel("LLM-jp-3 172B").Announced.Value.ToString("yyyy-MM-dd"),
                        GeneratedCatalog.Benchmarks.NejumiLeaderboard4.Section,
                        GeneratedCatalog.Papers.Transformer.Title,
                        GeneratedCatalog.Instance.FindByHuggingFaceId("sbintuitions/sarashina2-70b").Id,
                        GeneratedCatalog.Instance.Models.Count.ToString(),
                    };
                }
            }
        }
        """;

    [Fact]
    public void A_project_catalog_compiled_against_0_1_0_runs_on_this_version()
    {
        var consumer = LoadConsumerCompiledAgainstBaseline();
        var baselineReference = consumer.GetReferencedAssemblies().Single(name => name.Name == "JapaneseLlm.Catalog");
        Assert.Equal(new Version(0, 1, 0, 0), baselineReference.Version);
        Assert.True(typeof(Model).Assembly.GetName().Version > baselineReference.Version);

        var values = (string[])consumer.GetType("Contoso.App.Probe")!.GetMethod("Read")!.Invoke(null, null)!;

        Assert.Equal(
            [
                "karakuri-lm-8x7b-instruct-v0.1",
                "KARAKURI LM 8x7B Instruct v0.1",
                "text-generation/continual-pretraining/general",
                "https://huggingface.co/karakuri-ai/karakuri-lm-8x7b-instruct-v0.1",
                "12900000000",
                "apache-2.0",
                "licenses openai-terms",
                "True",
                "metamathqa True",
                "カラクリ",
                "Allowed",
                "7b, 13b: 4096",
                "2024-12-24",
                "benchmark/hybrid",
                "Attention Is All You Need",
                "sarashina2",
                "6",
            ],
            values);
    }

    private static Assembly LoadConsumerCompiledAgainstBaseline()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp7_3);
        var generated = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Compatibility", "SampleProjectCatalog.0.1.0.g.cs"));
        var compilation = CSharpCompilation.Create(
            "Contoso.App",
            [CSharpSyntaxTree.ParseText(generated, parseOptions), CSharpSyntaxTree.ParseText(Probe, parseOptions)],
            [.. Net100.References.All, MetadataReference.CreateFromImage(BaselineRuntimeAssembly())],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));

        // The default context resolves the consumer's JapaneseLlm.Catalog 0.1.0.0 to the newer one already loaded.
        return Assembly.Load(image.ToArray());
    }

    private static byte[] BaselineRuntimeAssembly()
    {
        using var package = ZipFile.OpenRead(Path.Combine(CommittedCatalog.RepositoryRoot(), "package-baselines", "JapaneseLlm.Catalog.0.1.0.nupkg"));
        using var entry = package.GetEntry("lib/netstandard2.0/JapaneseLlm.Catalog.dll")!.Open();
        using var bytes = new MemoryStream();
        entry.CopyTo(bytes);
        return bytes.ToArray();
    }
}
