using System.Reflection;
using JapaneseLlm.Catalog.Authoring.Naming;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>
/// The limits the committed catalog is held to (IdentifierNamer's MaxTypeNameLength, MaxMemberNameLength and
/// MaxIdLength): every generated public type and member name, every record id, and every catalog path as a clone on
/// Windows holds it.
/// </summary>
public sealed class NameLimitTests
{
    /// <summary>Repository-relative: with a clone folder of up to 130 characters, Windows' 260-character limit holds without core.longpaths.</summary>
    private const int MaxCatalogPathLength = 128;

    private static readonly string[] GeneratedClasses = ["Models", "HuggingFaceIds", "Benchmarks", "Papers", "Developers", "Licenses", "Datasets", "Footnotes", "Sections"];

    [Fact]
    public void Every_generated_type_and_member_name_fits_the_limit()
    {
        var names = GeneratedNames().ToList();
        var types = names.Where(name => name.IsType).Select(name => name.Name).ToList();
        var members = names.Where(name => !name.IsType).Select(name => name.Name).ToList();

        Assert.True(types.Count > 300 && members.Count > 1000, $"only {types.Count} types and {members.Count} members found");
        Assert.All(types, name => Assert.True(name.Length <= IdentifierNamer.MaxTypeNameLength, $"type {name} is {name.Length} characters long"));
        Assert.All(members, name => Assert.True(name.Length <= IdentifierNamer.MaxMemberNameLength, $"member {name} is {name.Length} characters long"));
        // The record members (Models.X, Developers.X, …) name ids, which are held to the type limit too.
        Assert.All(names.Where(name => name.IsRecordMember), name => Assert.True(name.Name.Length <= IdentifierNamer.MaxTypeNameLength, $"record member {name.Name} is {name.Name.Length} characters long"));
    }

    [Fact]
    public void Every_record_id_and_catalog_path_fits_the_limit()
    {
        var root = CommittedCatalog.RepositoryRoot();
        var paths = Directory.EnumerateFiles(Path.Combine(root, "catalog"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .ToList();

        Assert.All(paths, path => Assert.True(path.Length <= MaxCatalogPathLength, $"{path} is {path.Length} characters long"));
        var records = CommittedCatalog.Validated.Models.Select(model => model.Id)
            .Concat(CommittedCatalog.Validated.Benchmarks.Select(benchmark => benchmark.Id))
            .Concat(CommittedCatalog.Validated.Papers.Select(paper => paper.Id));
        Assert.All(records, id => Assert.True(id.Length <= IdentifierNamer.MaxIdLength, $"{id} is {id.Length} characters long"));
    }

    [Fact]
    public void Version_and_size_read_one_way_only()
    {
        // One '_' between digits is a decimal point, two are a break (the README's examples).
        Assert.Equal("sarashina2.1-1b", Models.Sarashina2_1__1B.Id);
        Assert.Equal("japanese-stable-lm-2-1.6b", Models.JapaneseStableLm2__1_6B.Id);
        Assert.Equal("sbintuitions/sarashina2-7b", HuggingFaceIds.Sarashina2.Sarashina2__7B);
        Assert.Equal("apache-2.0", Licenses.Apache2_0.Id);
    }

    /// <summary>Every bundled-catalog member the README and the diagnostics pages name exists (a project catalog's, under GeneratedCatalog., aside).</summary>
    [Fact]
    public void Every_member_the_docs_name_exists()
    {
        var root = CommittedCatalog.RepositoryRoot();
        var documents = new[] { Path.Combine(root, "README.md") }.Concat(Directory.EnumerateFiles(Path.Combine(root, "docs", "diagnostics"), "*.md"));
        var references = documents
            .SelectMany(path => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(path), @"(?<![.\w])(Models|Licenses|Developers|HuggingFaceIds)\.(\w+)(?:\.(\w+))?"))
            .Where(match => match.Groups[2].Value is not ("X" or "OurModel" or "Count"))
            .ToList();

        Assert.True(references.Count >= 8, $"only {references.Count} references found");
        foreach (var reference in references)
        {
            var type = typeof(Model).Assembly.GetType("JapaneseLlm.Catalog." + reference.Groups[1].Value, throwOnError: true)!;
            var member = reference.Groups[3].Success
                ? type.GetNestedType(reference.Groups[2].Value)?.GetField(reference.Groups[3].Value)
                : (MemberInfo?)type.GetProperty(reference.Groups[2].Value);
            Assert.True(member is not null, reference.Value + " is named in the docs but not generated");
        }
    }

    /// <summary>The public types nested in each generated class (HuggingFaceIds.X) and the public members of both.</summary>
    private static IEnumerable<(string Name, bool IsType, bool IsRecordMember)> GeneratedNames()
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var assembly = typeof(Model).Assembly;
        foreach (var className in GeneratedClasses)
        {
            var type = assembly.GetType("JapaneseLlm.Catalog." + className, throwOnError: true)!;
            foreach (var nested in type.GetNestedTypes(BindingFlags.Public))
            {
                yield return (nested.Name, true, false);
                foreach (var member in nested.GetMembers(Declared))
                {
                    yield return (member.Name, false, false);
                }
            }

            foreach (var member in type.GetMembers(Declared).Where(member => member is PropertyInfo or FieldInfo))
            {
                yield return (member.Name, false, true);
            }
        }
    }
}
