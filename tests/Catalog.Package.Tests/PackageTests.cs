using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Naming;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Validation;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>Consumes the freshly packed packages from a local feed, as NuGet users do (no ProjectReference).</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageTests(PackedFeed feed, ITestOutputHelper output)
{
    /// <summary>A console program that references the runtime package from the feed.</summary>
    internal const string ConsoleProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="JapaneseLlm.Catalog" Version="$(CatalogVersion)" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void The_runtime_package_has_its_one_target_docs_readme_notice_and_the_usage_analyzer()
    {
        var entries = feed.Entries("JapaneseLlm.Catalog");
        output.WriteLine(string.Join('\n', entries));
        Assert.Equal(
            ["lib/netstandard2.0/JapaneseLlm.Catalog.dll", "lib/netstandard2.0/JapaneseLlm.Catalog.xml"],
            entries.Where(entry => entry.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("analyzers/dotnet/cs/JapaneseLlm.Catalog.UsageAnalyzers.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("NOTICE", entries);
        Assert.DoesNotContain(entries, entry => entry.Contains("YamlDotNet", StringComparison.Ordinal) || entry.Contains("Generator", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.ChangeExtension(feed.PackagePath("JapaneseLlm.Catalog"), ".snupkg")), "symbols package");
    }

    [Fact]
    public void The_build_package_bundles_the_roslyn_components_and_wires_the_yaml()
    {
        var entries = feed.Entries("JapaneseLlm.Catalog.Build");
        output.WriteLine(string.Join('\n', entries));
        foreach (var dll in new[] { "JapaneseLlm.Catalog.Generator", "JapaneseLlm.Catalog.Analyzers", "JapaneseLlm.Catalog.Authoring", "YamlDotNet" })
        {
            Assert.Contains($"analyzers/dotnet/cs/{dll}.dll", entries);
        }

        Assert.Contains("buildTransitive/JapaneseLlm.Catalog.Build.props", entries);
        Assert.Contains("buildTransitive/JapaneseLlm.Catalog.Build.targets", entries);
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_example_compiles_and_runs_against_the_package()
    {
        var readme = File.ReadAllText(Path.Combine(PackedFeed.RepositoryRoot, "README.md"));
        var example = Regex.Match(readme, "```csharp\n(?<code>.*?)```", RegexOptions.Singleline).Groups["code"].Value;
        Assert.NotEmpty(example);
        var folder = feed.NewConsumer("ReadmeExample", ConsoleProject, new Dictionary<string, string> { ["Program.cs"] = example });

        var (exitCode, text) = feed.Run(folder, "run", "-c", "Release");
        output.WriteLine(text);

        Assert.Equal(0, exitCode);
        Assert.Contains("Sarashina2 (2024) by SB Intuitions, license: MIT", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^[1-9]\d* commercially usable text-generation models of 7B\+ since 2024$", RegexOptions.Multiline), text);
        var caveats = CommittedCatalog().Models.Count(model => model.Footnotes.Any(footnote => footnote.FootnoteId == OpenAiCaveatId()));
        Assert.Contains($"{caveats} models were tuned on OpenAI-generated data", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_usage_analyzer_reports_a_non_commercial_model_and_not_an_apache_one()
    {
        var catalog = CommittedCatalog();
        var licenses = catalog.Licenses.ToDictionary(license => license.Id);
        var nonCommercial = catalog.Models.First(model => model.Licenses.Count > 0 && model.Licenses.All(license => licenses[license.Id].CommercialUse == CommercialUse.NotAllowed));
        var apache = catalog.Models.First(model => model.Licenses.Count == 1 && model.Licenses[0].Id == "apache-2.0" && model.Variants.All(variant => variant.Licenses.Count == 0) && model.Footnotes.Count == 0);
        var program = $$"""
            using JapaneseLlm.Catalog;
            var restricted = Models.{{IdentifierNamer.ToIdentifier(nonCommercial.Id)}};
            var open = Models.{{IdentifierNamer.ToIdentifier(apache.Id)}};
            System.Console.WriteLine(restricted.Id + open.Id);
            """;
        var folder = feed.NewConsumer("UsageAnalyzer", ConsoleProject, new Dictionary<string, string>
        {
            ["Program.cs"] = program,
            // The README's one line that makes a product team's build fail on non-commercial models.
            [".editorconfig"] = "root = true\n[*.cs]\ndotnet_diagnostic.JLLM1001.severity = error\n",
        });

        var (exitCode, text) = feed.Run(folder, "build", "-c", "Release");
        output.WriteLine(text);

        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex(@"Program\.cs\(2,18\): error JLLM1001: Model 'Models\." + IdentifierNamer.ToIdentifier(nonCommercial.Id) + "'"), text);
        Assert.DoesNotMatch(new Regex(@"Program\.cs\(3,\d+\): \w+ JLLM"), text);
    }

    [Fact]
    public void A_project_catalog_builds_through_the_build_package_and_a_broken_record_is_reported_at_its_line()
    {
        var project = ProjectCatalog.ProjectFile();
        var files = ProjectCatalog.Files("System.Console.WriteLine(Contoso.Catalog.GeneratedCatalog.Models.OurModel.Name.English + \" \" + Contoso.Catalog.GeneratedCatalog.Instance.Models.Count);\n");

        var good = feed.NewConsumer("ProjectCatalog", project, files);
        var (exitCode, text) = feed.Run(good, "run", "-c", "Release");
        output.WriteLine(text);
        Assert.Equal(0, exitCode);
        Assert.Contains("Our Model 1", text, StringComparison.Ordinal);

        files["catalog/models/broken.yaml"] = ProjectCatalog.Broken;
        var broken = feed.NewConsumer("ProjectCatalogBroken", project, files);
        (exitCode, text) = feed.Run(broken, "build", "-c", "Release");
        output.WriteLine(text);
        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex(@"catalog/models/broken\.yaml\(5,1\): error JLLM0002: 'yaer' is not a key of a model: did you mean 'year'\?"), text);
    }

    internal static ValidatedCatalog CommittedCatalog()
    {
        var folder = Path.Combine(PackedFeed.RepositoryRoot, "catalog");
        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/schema/", StringComparison.Ordinal))
            .Select(path => CatalogParser.Parse(path, File.ReadAllText(path)));
        return CatalogValidator.Validate(files);
    }

    private static string OpenAiCaveatId() => CommittedCatalog().Footnotes.Single(footnote => footnote.OpenAiTermsCaveat).Id;
}
