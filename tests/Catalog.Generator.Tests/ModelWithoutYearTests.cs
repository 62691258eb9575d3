using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>A model whose year no source gives compiles without one: ReleaseYear is null, never a guessed year.</summary>
public sealed class ModelWithoutYearTests
{
    [Fact]
    public void A_model_without_a_year_compiles_with_no_release_year()
    {
        var files = TestCatalogs.Load("Sample")
            .Select(file => file.Path.EndsWith("/models/sarashina2.yaml", StringComparison.Ordinal)
                ? TestCatalogs.Text(file.Path, string.Join("\n", file.GetText()!.ToString().Split('\n').Where(line => !line.StartsWith("year:", StringComparison.Ordinal))))
                : file)
            .ToList();
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.CompilationErrors());
        Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);

        var model = GeneratorHarness.Load(run.Output).GetType("JapaneseLlm.Catalog.Models")!.GetProperty("Sarashina2")!.GetValue(null)!;
        Assert.Null(model.GetType().GetProperty("ReleaseYear")!.GetValue(model));
        Assert.Equal(0, model.GetType().GetProperty("Year")!.GetValue(model));
        Assert.Contains("/// <summary>Sarashina2, by SB Intuitions.</summary>", run.AllSources(), StringComparison.Ordinal);
    }
}
