using System.Collections.Immutable;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Analyzers;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

public sealed class AnalyzerTests
{
    [Fact]
    public void The_sample_catalog_has_no_errors_or_warnings()
    {
        var diagnostics = Analyze(TestCatalogs.Load("Sample"));
        Assert.Empty(diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));

        // The sample has one paper (Transformer), so the architecture-paper heuristic informs about the rest.
        Assert.All(diagnostics, diagnostic => Assert.Equal(CatalogRules.ArchitectureWithoutPaper.Id, diagnostic.Id));
    }

    [Fact]
    public void Problems_are_reported_in_the_yaml_file_at_their_line_and_column()
    {
        var files = TestCatalogs.Load("Sample").Append(TestCatalogs.Text("/catalog/models/broken.yaml", """
            kind: model
            id: broken
            section: text-generation/from-scratch/general
            name: Broken
            year: 2024
            licences: [mit]
            """)).Append(TestCatalogs.Text("/catalog/models/dangling.yaml", """
            kind: model
            id: dangling
            section: text-generation/from-scratch/general
            name: Dangling
            year: 2024
            licenses: [apache]
            """));

        // The sample's architecture-paper infos (JLLM0211) are not what this test is about.
        var diagnostics = Analyze(files).Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Info);

        Assert.Collection(
            diagnostics.OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal),
            unknownKey =>
            {
                Assert.Equal(CatalogRules.UnknownKey.Id, unknownKey.Id);
                Assert.Equal(DiagnosticSeverity.Error, unknownKey.Severity);
                var span = unknownKey.Location.GetLineSpan();
                Assert.Equal("/catalog/models/broken.yaml", span.Path);
                Assert.Equal((5, 0), (span.StartLinePosition.Line, span.StartLinePosition.Character));
                Assert.Contains("did you mean 'licenses'?", unknownKey.GetMessage(), StringComparison.Ordinal);
            },
            missingLicense =>
            {
                // Reported in the same pass as the misspelt key: the record is read as far as it goes and checked.
                Assert.Equal(CatalogRules.MissingLicense.Id, missingLicense.Id);
                var span = missingLicense.Location.GetLineSpan();
                Assert.Equal("/catalog/models/broken.yaml", span.Path);
                Assert.Equal((1, 4), (span.StartLinePosition.Line, span.StartLinePosition.Character));
            },
            unknownReference =>
            {
                Assert.Equal(CatalogRules.UnknownReference.Id, unknownReference.Id);
                var span = unknownReference.Location.GetLineSpan();
                Assert.Equal("/catalog/models/dangling.yaml", span.Path);
                Assert.Equal((5, 11), (span.StartLinePosition.Line, span.StartLinePosition.Character));
            });
    }

    [Fact]
    public void Every_descriptor_agrees_with_the_shared_rule_catalogue_and_is_release_tracked()
    {
        var unshipped = File.ReadAllText(RepositoryPaths.Combine("src", "Catalog.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Equal(CatalogRules.All.Select(rule => rule.Id).Order(), DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).Order());
        Assert.Equal(CatalogRules.All.Count, CatalogRules.All.Select(rule => rule.Id).Distinct().Count());
        foreach (var rule in CatalogRules.All)
        {
            var descriptor = DiagnosticDescriptors.ById[rule.Id];
            Assert.Matches(new Regex("^JLLM[0-9]{4}$"), rule.Id);
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(DiagnosticDescriptors.ToSeverity(rule.DefaultSeverity), descriptor.DefaultSeverity);
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.Contains($"{rule.Id} | {rule.Category} | {rule.DefaultSeverity} |", unshipped, StringComparison.Ordinal);
            Assert.True(File.Exists(RepositoryPaths.Combine("docs", "diagnostics", rule.Id + ".md")), $"docs/diagnostics/{rule.Id}.md is missing");
        }
    }

    internal static ImmutableArray<Diagnostic> Analyze(IEnumerable<AdditionalText> files)
    {
        var compilation = GeneratorHarness.RuntimeCompilation();
        var options = new AnalyzerOptions(files.ToImmutableArray());
        return compilation
            .WithAnalyzers([new CatalogFileAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult();
    }
}
