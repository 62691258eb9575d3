using System.Text.RegularExpressions;
using System.Xml.Linq;
using Basic.Reference.Assemblies;
using JapaneseLlm.Catalog.Generator.Emit;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>The <c>[GeneratedCode]</c> attribute on generated members names the package version that generated them.</summary>
public sealed class GeneratedCodeVersionTests
{
    [Fact]
    public void Every_generated_code_attribute_names_the_version_the_packages_are_built_with()
    {
        var packageVersion = XDocument.Load(RepositoryPaths.Combine("Directory.Build.props")).Descendants("Version").Single().Value;
        var sources = GeneratorHarness.Run(TestCatalogs.Load("Sample")).AllSources();

        var versions = Regex.Matches(sources, @"\[__GeneratedCode\(""JapaneseLlm\.Catalog\.Generator"", ""([^""]*)""\)\]")
            .Select(match => match.Groups[1].Value)
            .ToList();
        Assert.NotEmpty(versions);
        Assert.All(versions, version => Assert.Equal(packageVersion, version));
    }

    [Theory]
    [InlineData("1.2.3-beta.4+0123456789abcdef", "1.2.3-beta.4")]
    [InlineData("0.2.0", "0.2.0")]
    [InlineData(null, "4.5.6")]
    public void The_version_is_the_informational_version_without_build_metadata(string? informationalVersion, string expected)
    {
        var attributes = "[assembly: System.Reflection.AssemblyVersion(\"4.5.6.7\")]" +
            (informationalVersion is null ? string.Empty : $"[assembly: System.Reflection.AssemblyInformationalVersion(\"{informationalVersion}\")]");
        var compilation = CSharpCompilation.Create(
            "VersionProbe",
            [CSharpSyntaxTree.ParseText(attributes)],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.Equal(expected, GeneratorVersion.Read(GeneratorHarness.Load(compilation)));
    }
}
