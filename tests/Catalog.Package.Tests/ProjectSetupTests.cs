using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>
/// What a project sets up around the packages, consumed from the local feed: the use it declares in its project file,
/// and a catalog of its own.
/// </summary>
public sealed class ProjectSetupTests(PackedFeed feed, ITestOutputHelper output) : IClassFixture<PackedFeed>
{
    /// <summary>Models of the committed catalog whose licenses forbid, and whose license restricts, commercial use.</summary>
    private const string UsesRestrictedModels = """
        using JapaneseLlm.Catalog;
        var forbidden = Models.Sarashina2_8x70B;
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
        Assert.Matches(new Regex(@"Program\.cs\(2,17\): error JLLM1001: Model 'Models\.Sarashina2_8x70B'"), text);
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
