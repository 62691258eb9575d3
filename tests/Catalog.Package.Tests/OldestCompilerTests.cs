using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>
/// The Roslyn components are built against Microsoft.CodeAnalysis 4.14 so that they load in .NET SDK 9.0.300+
/// and Visual Studio 2022 17.14+. A consumer compiling with that compiler (Microsoft.Net.Compilers.Toolset
/// 4.14.0) must see the generator and both analyzers run; a newer API would drop them with only a CS9057 warning.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class OldestCompilerTests(PackedFeed feed, ITestOutputHelper output)
{
    private const string OldestCompiler = "4.14.0";

    [Fact]
    public void The_generator_and_both_analyzers_run_under_the_oldest_compiler_the_packages_support()
    {
        // C# 13 is the newest language 4.14 knows; the SDK's default for net10.0 is newer. The .NET 10 SDK
        // uses its own compiler over a toolset package's unless RoslynCompilerType says otherwise.
        var project = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>13</LangVersion>
                <RoslynCompilerType>Custom</RoslynCompilerType>
                <RootNamespace>Contoso</RootNamespace>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="{OldestCompiler}" PrivateAssets="all" />
                <PackageReference Include="JapaneseLlm.Catalog" Version="$(CatalogVersion)" />
                <PackageReference Include="JapaneseLlm.Catalog.Build" Version="$(CatalogVersion)" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """;
        // The generated Contoso.Catalog types, and a package model whose license the usage analyzer reports.
        var files = ProjectCatalog.Files("System.Console.WriteLine(Contoso.Catalog.GeneratedCatalog.Models.OurModel.Name.English + \" \" + JapaneseLlm.Catalog.JapaneseLlmCatalog.Models.Count);\n");
        files[".editorconfig"] = "root = true\n[*.cs]\ndotnet_diagnostic.JLLM1001.severity = error\n";
        files["catalog/models/broken.yaml"] = ProjectCatalog.Broken;
        var folder = feed.NewConsumer("OldestCompiler", project, files, alsoMachineSources: true);

        var (exitCode, text) = feed.Run(folder, "build", "-c", "Release", "-v:n");
        output.WriteLine(text);

        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex($@"microsoft\.net\.compilers\.toolset/{Regex.Escape(OldestCompiler)}/tasks/netcore/bincore/csc\.dll"" .*/analyzer:", RegexOptions.IgnoreCase), text.Replace('\\', '/'));
        Assert.DoesNotMatch(new Regex(@"\b(CS9057|CS8032|AD0001|CS8785)\b"), text);
        // The analyzer of JapaneseLlm.Catalog.Build, located in the YAML.
        Assert.Matches(new Regex(@"catalog/models/broken\.yaml\(5,1\): error JLLM0002: "), text);
        // The generator: the project's own Models type compiles.
        Assert.DoesNotMatch(new Regex(@"Program\.cs\(1,\d+\): error CS"), text);

        // The usage analyzer of JapaneseLlm.Catalog, on a model the package ships.
        File.WriteAllText(Path.Combine(folder, "catalog/models/broken.yaml"), ProjectCatalog.OurModel.Replace("our-model", "second", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "Usage.cs"), $"static class Usage {{ static readonly object Model = JapaneseLlm.Catalog.Models.{NonCommercialModel()}; }}\n");
        (exitCode, text) = feed.Run(folder, "build", "-c", "Release");
        output.WriteLine(text);
        Assert.NotEqual(0, exitCode);
        Assert.Matches(new Regex(@"Usage\.cs\(1,\d+\): error JLLM1001: "), text);
        Assert.DoesNotMatch(new Regex(@"error (CS|JLLM0)"), text);
    }

    private static string NonCommercialModel()
    {
        var catalog = PackageTests.CommittedCatalog();
        var licenses = catalog.Licenses.ToDictionary(license => license.Id);
        var model = catalog.Models.First(model => model.Licenses.Count > 0 && model.Licenses.All(license => licenses[license.Id].CommercialUse == JapaneseLlm.Catalog.Authoring.Records.CommercialUse.NotAllowed));
        return JapaneseLlm.Catalog.Authoring.Naming.IdentifierNamer.ToIdentifier(model.Id);
    }
}
