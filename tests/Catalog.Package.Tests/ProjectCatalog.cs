namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>The smallest catalog of a project's own, as JapaneseLlm.Catalog.Build compiles it: one model and the registries it needs.</summary>
internal static class ProjectCatalog
{
    public const string OurModel = "kind: model\nid: our-model\nsection: text-generation\nname: Our Model\nyear: 2025\ndevelopers: [contoso]\nlicenses: [mit]\n";

    /// <summary>A model file with a misspelt key on line 5 (JLLM0002).</summary>
    public const string Broken = "kind: model\nid: broken\nsection: text-generation\nname: Broken\nyaer: 2025\n";

    /// <summary>A console project referencing both packages, so that its catalog/ compiles into it; <paramref name="properties"/> adds to its PropertyGroup.</summary>
    public static string ProjectFile(string properties = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <RootNamespace>Contoso</RootNamespace>
            <Nullable>enable</Nullable>{properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="JapaneseLlm.Catalog" Version="$(CatalogVersion)" />
            <PackageReference Include="JapaneseLlm.Catalog.Build" Version="$(CatalogVersion)" PrivateAssets="all" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>The catalog's files by path in the project, with <paramref name="program"/> as Program.cs.</summary>
    public static Dictionary<string, string> Files(string program) => new()
    {
        ["Program.cs"] = program,
        ["catalog/registries/registries.yaml"] = "kind: licenses\nlicenses:\n  - id: mit\n    name: MIT\n    commercial_use: allowed\n",
        ["catalog/registries/developers.yaml"] = "kind: developers\ndevelopers:\n  - id: contoso\n    name: Contoso\n",
        ["catalog/registries/sections.yaml"] = "kind: sections\nsections:\n  - id: text-generation\n    level: 2\n    heading: Text generation\n    records: model\n    category: text-generation\n",
        ["catalog/models/our-model.yaml"] = OurModel,
    };
}
