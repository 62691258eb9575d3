using System.Globalization;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

public sealed class DeterminismTests
{
    [Theory]
    [InlineData("")]
    [InlineData("ja-JP")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Output_is_byte_identical_under_any_culture_and_file_order(string cultureName)
    {
        var files = TestCatalogs.Load("Sample");
        var expected = GeneratorHarness.Run(files).AllSources();

        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultureName);
            var shuffled = files.OrderBy(file => file.Path.GetHashCode(StringComparison.Ordinal) ^ cultureName.Length).Reverse().ToList();
            Assert.NotEqual(files.Select(file => file.Path), shuffled.Select(file => file.Path));
            Assert.Equal(expected, GeneratorHarness.Run(shuffled).AllSources());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    [Fact]
    public void Two_additional_files_with_one_path_compile_one_record()
    {
        // Both files' specs claim the record that compiles (same id, same path); it must be emitted once.
        var files = TestCatalogs.Load("Sample");
        var repeated = files.Single(file => file.Path.EndsWith("sarashina2.yaml", StringComparison.Ordinal));
        var run = GeneratorHarness.Run([.. files, TestCatalogs.Text(repeated.Path, repeated.GetText()!.ToString())]);

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.Empty(run.CompilationErrors());
        Assert.Equal(GeneratorHarness.Run(files).AllSources(), run.AllSources());
    }
}
