using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Rendering;
using JapaneseLlm.Catalog.Authoring;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>
/// The committed catalog, rendered, against the list it came from: every table row of every section
/// present, and at least 99% of cells identical after folding whitespace (footnote numbers may differ, so
/// markers compare as placeholders). Every remaining difference is printed with its reason.
/// </summary>
public sealed class CatalogFidelityTests
{
    private static readonly Regex Marker = new(@"\[\^[^\]]+\]", RegexOptions.CultureInvariant);
    private readonly ITestOutputHelper output;

    public CatalogFidelityTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData("ja", "README.md")]
    [InlineData("en", "en/README.md")]
    [InlineData("fr", "fr/README.md")]
    public void Rendered_readme_matches_the_list(string language, string path)
    {
        var upstream = Read(path);
        var rendered = ListDocumentReader.Read("rendered", Render(language));
        var comparison = TableComparison.Compare(
            upstream.Sections.Where(section => section.Table is not null && !IsPapers(section)),
            rendered.Sections.Where(section => section.Table is not null && !IsPapers(section)));
        Report(language, comparison);
        Assert.Empty(comparison.MissingRows);
        Assert.True(comparison.Ratio >= 0.99, $"{comparison.Identical}/{comparison.Cells - comparison.Corrections.Count} cells identical");
        var (catalog, _) = CatalogLoader.Load(TestPaths.Catalog);
        // Every caveat the catalog adds is a correction; a language whose row lacks a caveat its other two rows have is one too.
        Assert.InRange(comparison.Corrections.Count, catalog.Models.Count(model => model.CaveatAddedFor.Count > 0 && model.Withdrawn is null), int.MaxValue);
    }

    [Theory]
    [InlineData("parts/references_model.md", "reference")]
    [InlineData("parts/references_training.md", "reference-training")]
    public void Rendered_papers_match_the_parts(string path, string anchor)
    {
        var upstream = Read(path);
        foreach (var language in new[] { "ja", "en", "fr" })
        {
            var rendered = ListDocumentReader.Read("rendered", Render(language));
            var section = rendered.Sections.Single(candidate => candidate.Anchor == anchor);
            var comparison = TableComparison.Compare(
                upstream.Sections.Where(candidate => candidate.Table is not null).Select(candidate => candidate with { Anchor = anchor }),
                new[] { section });
            Report(language + " " + path, comparison);
            Assert.Empty(comparison.MissingRows);
            Assert.True(comparison.Ratio >= 0.99, $"{comparison.Identical}/{comparison.Cells} cells identical");
        }
    }

    [Theory]
    [InlineData("ja", "README.md")]
    [InlineData("en", "en/README.md")]
    [InlineData("fr", "fr/README.md")]
    public void Rendered_readme_has_the_lists_headings_anchors_and_columns(string language, string path)
    {
        var upstream = Read(path);
        var rendered = ListDocumentReader.Read("rendered", Render(language));
        string Heading(ListSection section) => $"{section.Level} {section.Anchor} {Normalize(section.Heading)}";
        Assert.Equal(upstream.Sections.Select(Heading), rendered.Sections.Select(Heading));
        foreach (var (expected, actual) in upstream.Sections.Zip(rendered.Sections).Where(pair => pair.First.Table is not null && !IsPapers(pair.First)))
        {
            Assert.Equal(expected.Table!.Header.Select(Normalize), actual.Table!.Header.Select(Normalize));
        }
    }

    [Fact]
    public void Newest_year_is_bold_and_computed_from_the_catalog()
    {
        var (catalog, _) = CatalogLoader.Load(TestPaths.Catalog);
        var newest = catalog.Models.Max(model => model.Year)!.Value.ToString(CultureInfo.InvariantCulture);
        var text = MarkdownRenderer.Render(catalog, CatalogLanguage.English);
        Assert.Contains($"| **{newest}** |", text);
        Assert.DoesNotContain($"| **{int.Parse(newest, CultureInfo.InvariantCulture) - 1}** |", text);
    }

    [Fact]
    public void A_withdrawn_model_leaves_the_rendered_list_without_being_reported_unrendered()
    {
        var (catalog, _) = CatalogLoader.Load(TestPaths.Catalog);
        var model = catalog.Models.First(candidate => candidate.Id == "sarashina2");
        var before = MarkdownRenderer.RenderList(catalog, CatalogLanguage.English);
        var withdrawn = new CatalogContent(
            catalog.Sections,
            [.. catalog.Models.Select(candidate => candidate == model ? candidate with { Withdrawn = "2026-11-30", WithdrawnReason = "removed from the Hub" } : candidate)],
            catalog.Benchmarks,
            catalog.Papers,
            catalog.Developers,
            catalog.Licenses,
            catalog.Datasets,
            catalog.Footnotes);
        var after = MarkdownRenderer.RenderList(withdrawn, CatalogLanguage.English);
        Assert.Equal(before.Models - 1, after.Models);
        Assert.Equal(before.Unrendered, after.Unrendered);
        Assert.Contains("sbintuitions/sarashina2-7b", before.Text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("sbintuitions/sarashina2-7b", after.Text, System.StringComparison.Ordinal);
    }

    internal static string Normalize(string cell) => Marker.Replace(InlineSyntax.Fold(cell), "[^*]");

    private static bool IsPapers(ListSection section) => section.Anchor is "reference" or "reference-training";

    private static ListDocument Read(string path) =>
        ListDocumentReader.Read(path, System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.Upstream, path)));

    private static string Render(string language)
    {
        var (catalog, diagnostics) = CatalogLoader.Load(TestPaths.Catalog);
        Assert.Empty(diagnostics);
        return MarkdownRenderer.Render(catalog, language switch { "ja" => CatalogLanguage.Japanese, "en" => CatalogLanguage.English, _ => CatalogLanguage.French });
    }

    private void Report(string title, TableComparison comparison)
    {
        output.WriteLine($"{title}: {comparison.Identical}/{comparison.Cells - comparison.Corrections.Count} cells identical ({comparison.Ratio:P2}), {comparison.Corrections.Count} corrected on purpose, {comparison.MissingRows.Count} rows missing, {comparison.ExtraRows.Count} extra");
        foreach (var line in comparison.Corrections.Concat(comparison.MissingRows).Concat(comparison.ExtraRows).Concat(comparison.Differences))
        {
            output.WriteLine("  " + line);
        }
    }
}
