using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Schema;

namespace JapaneseLlm.Catalog.Cli.Templates;

/// <summary>
/// The files of a minimal project with a catalog of its own: a console project that references both packages, one
/// model with the license, developer and section it names (a record's <c>section</c> must name a section of the
/// sections registry, or JLLM0103 reports it), and the JSON Schemas its modelines point at. It builds with no
/// warning and prints its catalog.
/// </summary>
internal static class CatalogTemplate
{
    private const string CatalogFolder = "catalog/";

    /// <summary>The files, by path relative to the project folder (forward slashes).</summary>
    public static IReadOnlyDictionary<string, string> Files(string projectName, string packageVersion, string targetFramework)
    {
        var rootNamespace = RootNamespaceOf(projectName);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [projectName + ".csproj"] = Project(rootNamespace, packageVersion, targetFramework),
            ["Program.cs"] = Program(rootNamespace),
            ["catalog/registries/licenses.yaml"] = """
                # yaml-language-server: $schema=../schema/licenses.schema.json
                kind: licenses
                licenses:
                - id: apache-2.0
                  name: Apache License 2.0
                  spdx: Apache-2.0
                  commercial_use: allowed
                  url: https://www.apache.org/licenses/LICENSE-2.0

                """,
            ["catalog/registries/developers.yaml"] = """
                # yaml-language-server: $schema=../schema/developers.schema.json
                kind: developers
                developers:
                - id: example-lab
                  name: Example Lab

                """,
            ["catalog/registries/sections.yaml"] = """
                # yaml-language-server: $schema=../schema/sections.schema.json
                # Every record names its section ('section:'); the list's markdown rendering also reads the headings.
                kind: sections
                sections:
                - id: text-generation
                  level: 2
                  heading: Text generation
                  records: model
                  category: text-generation

                """,
            ["catalog/models/example-model.yaml"] = """
                # yaml-language-server: $schema=../schema/model.schema.json
                kind: model
                id: example-model
                section: text-generation
                name: Example Model
                year: 2025
                developers:
                - example-lab
                licenses:
                - apache-2.0
                variants:
                - label: 7b
                  parameters: 7B
                  hf: example-lab/example-model-7b

                """,
        };
        // The schemas offer the template's own ids; 'jllm schema --catalog catalog' refreshes them after an edit.
        var catalog = CatalogLoader.Load(files.Where(file => file.Key.StartsWith(CatalogFolder, StringComparison.Ordinal))
            .ToDictionary(file => file.Key.Substring(CatalogFolder.Length), file => file.Value, StringComparer.Ordinal)).Catalog;
        foreach (var (fileName, schema) in SchemaOutputs.JsonSchemas(RegistryIds.Of(catalog)))
        {
            files["catalog/schema/" + fileName] = schema;
        }

        return files;
    }

    /// <summary>The project name as a namespace: what is not a letter, digit or '_' becomes '_', and a leading digit gets '_' before it.</summary>
    internal static string RootNamespaceOf(string projectName)
    {
        var name = new StringBuilder(projectName.Length + 1);
        foreach (var part in projectName.Split('.').Where(part => part.Length > 0))
        {
            name.Append(name.Length > 0 ? "." : string.Empty);
            if (!char.IsLetter(part[0]) && part[0] != '_')
            {
                name.Append('_');
            }

            foreach (var character in part)
            {
                name.Append(char.IsLetterOrDigit(character) || character == '_' ? character : '_');
            }
        }

        return name.Length == 0 ? "MyCatalog" : name.ToString();
    }

    private static string Project(string rootNamespace, string packageVersion, string targetFramework) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>{targetFramework}</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <RootNamespace>{rootNamespace}</RootNamespace>
            <!-- The records under catalog/ compile into {rootNamespace}.Catalog.GeneratedCatalog (JapaneseLlmCatalogDirectory and
                 JapaneseLlmCatalogNamespace change where from and where to). -->
            <!-- <JapaneseLlmCatalogUsage>commercial</JapaneseLlmCatalogUsage>: license findings that matter for your use become errors. -->
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="JapaneseLlm.Catalog" Version="{packageVersion}" />
            <PackageReference Include="JapaneseLlm.Catalog.Build" Version="{packageVersion}" PrivateAssets="all" />
          </ItemGroup>
        </Project>

        """;

    private static string Program(string rootNamespace) => $$"""
        using JapaneseLlm.Catalog;
        using {{rootNamespace}}.Catalog;

        // Your records, typed: GeneratedCatalog.Models.ExampleModel; and the whole catalog for look-ups and queries.
        Model example = GeneratedCatalog.Models.ExampleModel;
        Console.WriteLine($"{example.Name} ({example.Year}) by {example.Developers[0].Name}, {example.Licenses[0].Name}");
        Console.WriteLine($"{GeneratedCatalog.Instance.Models.Count} model(s); {HuggingFaceRepo()} is {GeneratedCatalog.Instance.FindByHuggingFaceId(HuggingFaceRepo())?.Id}");

        static string HuggingFaceRepo() => GeneratedCatalog.HuggingFaceIds.ExampleModel.ExampleModel7B;

        """;
}
