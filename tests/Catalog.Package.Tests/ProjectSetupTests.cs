using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>
/// What a project sets up around the packages, consumed from the local feed: the use it declares in its project file,
/// and a catalog of its own (created by <c>jllm new catalog</c>).
/// </summary>
public sealed class ProjectSetupTests(PackedFeed feed, ITestOutputHelper output) : IClassFixture<PackedFeed>
{
    /// <summary>Models of the committed catalog whose licenses forbid, and whose license restricts, commercial use.</summary>
    private const string UsesRestrictedModels = """
        using JapaneseLlm.Catalog;
        var forbidden = Models.Sarashina2__8x70B;
        var conditional = JapaneseLlmCatalog.FindModel("swallow-7b");
        System.Console.WriteLine(forbidden.Id + conditional?.Id);
        """;

    [Fact]
    public void A_project_that_declares_commercial_use_fails_on_a_non_commercial_model_without_any_editorconfig()
    {
        var folder = feed.NewConsumer("CommercialUse", ConsoleProject("<JapaneseLlmCatalogUsage>commercial</JapaneseLlmCatalogUsage>"), new Dictionary<string, string> { ["Program.cs"] = UsesRestrictedModels });

        var (exitCode, text) = feed.Run(folder, "build", "-c", "Release");
        output.WriteLine(text);

        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex(@"Program\.cs\(2,17\): error JLLM1001: Model 'Models\.Sarashina2__8x70B'"), text);
        Assert.Matches(new Regex(@"Program\.cs\(3,19\): warning JLLM1002: Model 'swallow-7b'"), text);
        Assert.DoesNotMatch(new Regex(@"\.editorconfig|\.globalconfig"), string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly)));
    }

    [Theory]
    [InlineData("research")]
    [InlineData("personal")]
    public void A_project_for_non_commercial_use_builds_without_the_commercial_findings(string usage)
    {
        var folder = feed.NewConsumer("Usage" + usage, ConsoleProject($"<JapaneseLlmCatalogUsage>{usage}</JapaneseLlmCatalogUsage><TreatWarningsAsErrors>true</TreatWarningsAsErrors>"), new Dictionary<string, string> { ["Program.cs"] = UsesRestrictedModels });

        var (exitCode, text) = feed.Run(folder, "build", "-c", "Release");
        output.WriteLine(text);

        Assert.Equal(0, exitCode);
        Assert.DoesNotMatch(new Regex(@"(error|warning) JLLM100"), text);
    }

    [Fact]
    public void A_misspelt_usage_is_reported()
    {
        var folder = feed.NewConsumer("MisspeltUsage", ConsoleProject("<JapaneseLlmCatalogUsage>comercial</JapaneseLlmCatalogUsage>"), new Dictionary<string, string> { ["Program.cs"] = UsesRestrictedModels });

        var (exitCode, text) = feed.Run(folder, "build", "-c", "Release");
        output.WriteLine(text);

        Assert.Equal(0, exitCode);
        Assert.Contains("warning JLLM1004: JapaneseLlmCatalogUsage is 'comercial'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Jllm_new_catalog_creates_a_project_that_builds_from_the_feed_without_a_warning_and_runs()
    {
        var folder = Path.Combine(feed.Root, "Contoso.Models");
        var code = Cli.Program.Run(["new", "catalog", folder, "--package-version", feed.Version], TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, code);
        feed.WriteNuGetConfig(folder);
        // The bundled catalog's classes beside the project's, both namespaces imported (CS0104 before GeneratedCatalog).
        File.AppendAllText(Path.Combine(folder, "Program.cs"), "Console.WriteLine(Models.Sarashina2.Id + \" \" + GeneratedCatalog.Licenses.Apache2_0.Id);\n");

        var (exitCode, text) = feed.Run(folder, "build", "-c", "Release", "-warnaserror");
        output.WriteLine(text);
        Assert.Equal(0, exitCode);
        Assert.Matches(new Regex(@"\b0 Warning\(s\)"), text);

        (exitCode, text) = feed.Run(folder, "run", "-c", "Release", "--no-build");
        output.WriteLine(text);
        Assert.Equal(0, exitCode);
        Assert.Equal(
            ["Example Model (2025) by Example Lab, Apache License 2.0", "1 model(s); example-lab/example-model-7b is example-model", "sarashina2 apache-2.0"],
            text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Referencing_only_the_build_package_gives_one_error_that_says_to_add_the_runtime_package()
    {
        var project = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Contoso</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="JapaneseLlm.Catalog.Build" Version="$(CatalogVersion)" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """;
        var folder = feed.NewConsumer("BuildPackageOnly", project, new Dictionary<string, string>
        {
            ["catalog/registries/licenses.yaml"] = "kind: licenses\nlicenses:\n  - id: mit\n    name: MIT\n    commercial_use: allowed\n",
        });

        var (exitCode, text) = feed.Run(folder, "build", "-c", "Release");
        output.WriteLine(text);

        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex(@"BuildPackageOnly\.csproj : error JLLM0303: JapaneseLlm\.Catalog\.Build compiles the catalog against the JapaneseLlm\.Catalog package, which this project does not reference: add <PackageReference Include=""JapaneseLlm\.Catalog"""), text);
        Assert.DoesNotContain("CS0400", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\b1 Error\(s\)"), text);
    }

    private static string ConsoleProject(string properties) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="JapaneseLlm.Catalog" Version="$(CatalogVersion)" />
          </ItemGroup>
        </Project>
        """;
}
