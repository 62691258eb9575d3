using System.Reflection;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

public sealed class GeneratorOutputTests
{
    private static readonly Lazy<GeneratorRun> SampleRun = new(() => GeneratorHarness.Run(TestCatalogs.Load("Sample")));

    [Fact]
    public void Sample_catalog_generates_the_verified_source() =>
        Snapshot.Verify("SampleCatalog", SampleRun.Value.AllSources());

    [Fact]
    public void Generated_code_compiles_with_the_runtime_library_without_warnings()
    {
        Assert.Empty(SampleRun.Value.GeneratorDiagnostics);
        Assert.Empty(SampleRun.Value.CompilationErrors());
    }

    [Fact]
    public void Every_record_of_the_sample_becomes_a_generated_member()
    {
        var assembly = GeneratorHarness.Load(SampleRun.Value.Output);
        Assert.Equal(6, StaticProperties(assembly, "Models").Length);
        Assert.Single(StaticProperties(assembly, "Benchmarks"));
        Assert.Single(StaticProperties(assembly, "Papers"));
        Assert.Equal(5, StaticProperties(assembly, "Licenses").Length);
        Assert.Equal(5, StaticProperties(assembly, "Developers").Length);
    }

    [Fact]
    public void Generated_members_hold_the_values_written_in_yaml()
    {
        var assembly = GeneratorHarness.Load(SampleRun.Value.Output);
        var model = Get(assembly, "Models", "LlmJp3__172B");
        Assert.Equal("llm-jp-3-172b", Read(model, "Id"));
        Assert.Equal(2024, Read(model, "Year"));
        Assert.Equal(new DateTime(2024, 12, 24), Read(model, "Announced"));
        Assert.Equal("LLM-jp-3 172B", Read(Read(model, "Name")!, "Japanese"));
        Assert.Equal("Conditional", Read(model, "CommercialUse")!.ToString());
        Assert.Equal(172_000_000_000L, Read(model, "MaxParameters"));

        var karakuri = Get(assembly, "Models", "KarakuriLm8x7BInstructV0_1");
        Assert.Equal(true, Read(karakuri, "HasOpenAiTermsCaveat"));
        Assert.Equal(12_900_000_000L, Read(((System.Collections.IList)Read(karakuri, "Variants")!)[0]!, "ActiveParameters"));
    }

    [Fact]
    public void Hugging_Face_ids_are_constants_and_look_up_their_model_case_insensitively()
    {
        var assembly = GeneratorHarness.Load(SampleRun.Value.Output);
        var constant = assembly.GetType("JapaneseLlm.Catalog.HuggingFaceIds+Sarashina2")!.GetField("Sarashina2__70B")!;
        Assert.True(constant.IsLiteral);
        Assert.Equal("sbintuitions/sarashina2-70b", constant.GetRawConstantValue());

        var catalog = assembly.GetType("JapaneseLlm.Catalog.JapaneseLlmCatalog")!;
        var found = catalog.GetMethod("FindByHuggingFaceId")!.Invoke(null, ["SBIntuitions/Sarashina2-70B"]);
        Assert.Equal("sarashina2", Read(found!, "Id"));
        Assert.Null(catalog.GetMethod("FindByHuggingFaceId")!.Invoke(null, ["nobody/nothing"]));
    }

    private static PropertyInfo[] StaticProperties(Assembly assembly, string className) =>
        assembly.GetType("JapaneseLlm.Catalog." + className)!.GetProperties(BindingFlags.Public | BindingFlags.Static);

    private static object Get(Assembly assembly, string className, string member) =>
        assembly.GetType("JapaneseLlm.Catalog." + className)!.GetProperty(member)!.GetValue(null)!;

    private static object? Read(object instance, string property) => instance.GetType().GetProperty(property)!.GetValue(instance);
}
