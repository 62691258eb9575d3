using JapaneseLlm.Catalog.Robustness.Support;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>Every hostile file yields exactly the diagnostics listed for it, at their lines and columns.</summary>
public sealed class CorpusDiagnosticTests
{
    public static TheoryData<string> CorpusFiles() => [.. HostileCorpus.All.Select(file => HostileCorpus.RelativePath(file.Path))];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Each_file_yields_exactly_its_expected_diagnostics(string file)
    {
        Assert.True(Expectations.All.TryGetValue(file, out var expected), $"{file} has no line in Corpus/{Expectations.FileName}");
        var actual = CorpusBuild.Value.CatalogDiagnosticsByPath[HostileCorpus.PathPrefix + file]
            .Where(diagnostic => Expectations.Covers(diagnostic.Id))
            .Select(diagnostic => ExpectedDiagnostic.Of(diagnostic).ToString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected.Select(diagnostic => diagnostic.ToString()).Order(StringComparer.Ordinal), actual);
    }

    [Fact]
    public void Every_expectation_names_a_corpus_file()
    {
        var files = HostileCorpus.All.Select(file => HostileCorpus.RelativePath(file.Path)).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(Expectations.Committed.Keys);
        Assert.All(Expectations.Committed.Keys, file => Assert.Contains(file, files));
    }

    [Fact]
    public void Every_diagnostic_is_located_inside_its_file()
    {
        var texts = HostileCorpus.All.ToDictionary(file => file.Path, file => file.GetText(), StringComparer.Ordinal);
        Assert.NotEmpty(CorpusBuild.Value.CatalogDiagnostics);
        foreach (var diagnostic in CorpusBuild.Value.CatalogDiagnostics)
        {
            var location = diagnostic.Location.GetLineSpan();
            var text = texts[location.Path];
            Assert.True(diagnostic.Location.SourceSpan.End <= text.Length, $"{diagnostic} ends past the end of the file");
            Assert.True(location.StartLinePosition <= location.EndLinePosition, $"{diagnostic} ends before it starts");
            Assert.True(location.StartLinePosition.Line < Math.Max(1, text.Lines.Count), $"{diagnostic} is below the last line");
        }
    }
}
