using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace JapaneseLlm.Catalog.Analyzers.Tests;

/// <summary><c>jllm check</c> runs the analyzers' rules without a build: same ids, same places, exit codes for scripts.</summary>
public sealed class CheckCommandTests
{
    private static readonly Regex Canonical = new(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<id>JLLM\d{4}): ", RegexOptions.CultureInvariant);

    [Fact]
    public void Jllm_check_and_the_analyzer_report_the_same_diagnostics_on_one_broken_catalog()
    {
        using var folder = new TempFolder();
        folder.WriteCatalog(SampleCatalog.With(
            ("/catalog/models/future.yaml", RuleCases.Probe(id: "future", year: "2999", variants: "variants:\n- label: 7b\n  hf: future/future-7b").Text),
            ("/catalog/models/no-license.yaml", RuleCases.Probe(id: "no-license", licenses: "", variants: "variants:\n- label: 7b\n  hf: https://huggingface.co/x/y").Text),
            ("/catalog/models/typo.yaml", RuleCases.Probe(id: "typo", licenses: "licences: [mit]", variants: "").Text),
            ("/catalog/models/dangling.yaml", RuleCases.Probe(id: "dangling", licenses: "licenses: [apache]", trainingData: "training_data: \"Text[^nope]\"", variants: "").Text)));

        var (exitCode, output, _) = Jllm.Run("check", "--catalog", folder.Path);
        var fromCheck = output.Split('\n').Select(line => Canonical.Match(line)).Where(match => match.Success).Select(ToFinding).ToList();
        var fromAnalyzer = AnalyzerRun.Findings(folder.ReadCatalog());

        Assert.Equal(1, exitCode);
        Assert.Equal(fromAnalyzer.OrderBy(Key), fromCheck.OrderBy(Key));
        Assert.Superset(
            new HashSet<string> { "JLLM0002", "JLLM0103", "JLLM0201", "JLLM0213", "JLLM0215" },
            fromCheck.Select(finding => finding.Id).ToHashSet());
    }

    [Fact]
    public void One_pass_reports_a_files_read_errors_and_its_content_findings_together()
    {
        // A misspelt key and a wrong-typed year used to hide the missing license and the unknown footnote until fixed.
        using var folder = new TempFolder();
        folder.WriteCatalog(SampleCatalog.With(
            ("/catalog/models/rounds.yaml", RuleCases.Probe(
                id: "rounds",
                year: "twenty-twenty-four",
                architecture: "architectur: Transformer",
                trainingData: "training_data: \"Text[^nope]\"",
                licenses: "").Text)));

        var (exitCode, output, _) = Jllm.Run("check", "--catalog", folder.Path);
        var fromCheck = output.Split('\n').Select(line => Canonical.Match(line)).Where(match => match.Success).Select(ToFinding)
            .Where(finding => finding.Path.EndsWith("rounds.yaml", StringComparison.Ordinal)).ToList();
        var fromAnalyzer = AnalyzerRun.Findings(folder.ReadCatalog()).Where(finding => finding.Path.EndsWith("rounds.yaml", StringComparison.Ordinal));

        Assert.Equal(1, exitCode);
        Assert.Equal(fromAnalyzer.OrderBy(Key), fromCheck.OrderBy(Key));
        Assert.Contains(fromCheck, finding => finding.Id == "JLLM0002" && finding.Line == 6);
        Assert.Contains(fromCheck, finding => finding.Id == "JLLM0003" && finding.Line == 5);
        Assert.Contains(fromCheck, finding => finding.Id == "JLLM0201");
        Assert.Contains(fromCheck, finding => finding.Id == "JLLM0103" && finding.Line == 7);
    }

    [Fact]
    public void An_incomplete_record_is_checked_but_not_compiled()
    {
        var files = SampleCatalog.With(("/catalog/models/rounds.yaml", RuleCases.Probe(id: "rounds", year: "twenty-twenty-four").Text));
        var parsed = files.Select(file => JapaneseLlm.Catalog.Authoring.Parsing.CatalogParser.Parse(file.Path, file.GetText()!.ToString())).ToList();
        var validated = JapaneseLlm.Catalog.Authoring.Validation.CatalogValidator.Validate(parsed);

        Assert.Contains(parsed.SelectMany(file => file.Entries), entry => entry.Id == "rounds" && entry.IsIncomplete);
        Assert.DoesNotContain(validated.Models, model => model.Id == "rounds");
    }

    [Fact]
    public void A_catalog_with_only_infos_exits_0_and_prints_a_summary()
    {
        using var folder = new TempFolder();
        folder.WriteCatalog(SampleCatalog.With());

        var (exitCode, output, _) = Jllm.Run("check", "--catalog", folder.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains("info JLLM0211:", output, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_does_not_follow_a_linked_folder_back_into_the_catalog()
    {
        using var folder = new TempFolder();
        folder.WriteCatalog(SampleCatalog.With());
        var catalog = System.IO.Path.Combine(folder.Path, "catalog");
        var (_, before, _) = Jllm.Run("check", "--catalog", catalog);
        Directory.CreateDirectory(System.IO.Path.Combine(catalog, "models"));
        Directory.CreateSymbolicLink(System.IO.Path.Combine(catalog, "models", "loop"), catalog);

        var (exitCode, output, _) = Jllm.Run("check", "--catalog", catalog);

        Assert.DoesNotContain("JLLM0101", output, StringComparison.Ordinal);
        Assert.Equal(before.Split('\n').Last(line => line.StartsWith("jllm check:", StringComparison.Ordinal)), output.Split('\n').Last(line => line.StartsWith("jllm check:", StringComparison.Ordinal)));
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        var (exitCode, _, errors) = Jllm.Run("check", "--catalog", Path.Combine(Path.GetTempPath(), "no-such-catalog-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(2, exitCode);
        Assert.Contains("no such folder", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_catalog_checks_without_errors_or_warnings()
    {
        var (exitCode, output, _) = Jllm.Run("check", "--catalog", RepositoryCatalog());

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(": error JLLM", output, StringComparison.Ordinal);
        Assert.DoesNotContain(": warning JLLM", output, StringComparison.Ordinal);
    }

    private static string RepositoryCatalog()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Catalog.sln")))
            {
                return Path.Combine(folder.FullName, "catalog");
            }
        }

        throw new DirectoryNotFoundException("Catalog.sln not found above " + AppContext.BaseDirectory);
    }

    private static Finding ToFinding(Match match) => new(
        match.Groups["id"].Value,
        match.Groups["severity"].Value switch { "error" => DiagnosticSeverity.Error, "warning" => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Info },
        Path.GetFullPath(match.Groups["path"].Value),
        int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static string Key(Finding finding) => finding.ToString();
}
