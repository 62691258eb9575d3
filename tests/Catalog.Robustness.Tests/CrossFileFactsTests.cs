using System.Text.RegularExpressions;
using CsCheck;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Validation;
using JapaneseLlm.Catalog.Robustness.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// The generator validates each file's cross-file facts (<see cref="CatalogValidator.CrossFileFacts"/>), the analyzers
/// and jllm the whole records. The facts are written out by hand beside the checks, so this holds them to the same
/// decisions: the same records compiled, in the same order, and the same findings, on the hostile corpus and on
/// random catalogs.
/// </summary>
public sealed class CrossFileFactsTests
{
    private static readonly Regex Position = new(@"\(\d+,\d+\)", RegexOptions.CultureInvariant);

    [Fact]
    public void The_hostile_corpus_compiles_the_same_records_from_its_facts() =>
        Assert.NotEmpty(AssertSameDecisions(HostileCorpus.All).Diagnostics);

    [Fact]
    public void Every_kind_of_broken_reference_is_found_from_the_facts()
    {
        var found = AssertSameDecisions(
        [
            .. HostileCorpus.Registries,
            new CorpusText("/broken/model.yaml", """
                kind: model
                id: broken-references
                section: no-such-section
                name: Broken
                year: 2024
                developers: [no-such-developer]
                licenses: [no-such-license]
                datasets: [no-such-dataset]
                footnotes: {name: no-such-footnote}
                variants:
                - label: 7b
                  hf: example/broken-7b
                  licenses: [no-such-variant-license]

                """),
            new CorpusText("/broken/benchmark.yaml", """
                kind: benchmark
                id: broken-benchmark
                section: no-such-section
                name: Broken
                developers: [no-such-developer]
                footnotes: {name: no-such-footnote}

                """),
        ]);

        // The model's section, developer, license, data set, footnote and variant license; the benchmark's section, developer and footnote.
        Assert.Equal(9, found.Diagnostics.Count(diagnostic => diagnostic.RuleId == "JLLM0103"));
    }

    [Fact]
    public void Random_catalogs_compile_the_same_records_from_their_facts() =>
        RandomCatalog.Gen(models: 12).Sample(catalog => { AssertSameDecisions(catalog.ToFiles()); }, iter: 20, threads: 1);

    private static ValidatedCatalog AssertSameDecisions(IEnumerable<AdditionalText> files)
    {
        var parsed = files.Select(file => CatalogParser.Parse(file.Path, file.GetText()!.ToString())).ToList();
        var fromRecords = CatalogValidator.Validate(parsed);
        var fromFacts = CatalogValidator.Validate(parsed.Select(CatalogValidator.CrossFileFacts));
        Assert.Equal(Decisions(fromRecords), Decisions(fromFacts));
        var expected = fromRecords.Diagnostics.Select(diagnostic => $"{diagnostic.RuleId} {diagnostic.Path}: {Unlocated(diagnostic.Message)}").ToList();
        var actual = fromFacts.Diagnostics.Select(diagnostic => $"{diagnostic.RuleId} {diagnostic.Path}: {Unlocated(diagnostic.Message)}").ToList();
        Assert.True(expected.Order().SequenceEqual(actual.Order()), "only from records: " + string.Join(" | ", expected.Except(actual)) + "\nonly from facts: " + string.Join(" | ", actual.Except(expected)));
        return fromRecords;
    }

    /// <summary>The facts carry no positions, so a message that names another file's position names (0,0) there.</summary>
    private static string Unlocated(string message) => Position.Replace(message, "");

    private static List<string> Decisions(ValidatedCatalog catalog) =>
    [
        .. Ids("model", catalog.Models), .. Ids("benchmark", catalog.Benchmarks), .. Ids("paper", catalog.Papers),
        .. Ids("developer", catalog.Developers), .. Ids("license", catalog.Licenses), .. Ids("dataset", catalog.Datasets),
        .. Ids("footnote", catalog.Footnotes), .. Ids("section", catalog.Sections),
    ];

    private static IEnumerable<string> Ids(string kind, IEnumerable<CatalogEntry> entries) =>
        entries.Select(entry => $"{kind} {entry.Id} {entry.Path}");
}
