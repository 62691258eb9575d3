using System.Collections;
using System.Globalization;
using System.Reflection;
using CsCheck;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Robustness.Support;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// jllm builds the runtime's objects from the records it reads (src/Catalog.Cli.Compiled) to filter with
/// <c>ModelQuery</c> and to read the derived facts; the generator compiles the same records into the library. Over
/// the real catalog and random catalogs of hostile texts, every model jllm builds must be the model the generator compiled, compared
/// property by property through the whole object graph (variants, licenses, developers, texts, derived facts), and so
/// must every benchmark, paper and registry entry, which jllm's JSON export writes from these objects. A
/// failure prints CsCheck's seed; set CsCheck_Seed to replay it.
/// </summary>
public sealed class RecordObjectsAgreementTests(ITestOutputHelper output)
{
    private const int Catalogs = 4;
    private const int ModelsPerCatalog = 30;

    [Fact]
    public void Random_catalogs_build_in_jllm_the_models_the_generator_compiles()
    {
        var compared = 0;
        RandomCatalog.Gen(ModelsPerCatalog).Sample(
            catalog =>
            {
                var files = catalog.ToFiles().Cast<CorpusText>().ToDictionary(file => file.Path["/random/".Length..], file => file.Text);
                compared += AssertSameModels(files);
            },
            iter: Catalogs,
            threads: 1);
        output.WriteLine($"{compared} models compared through their object graphs");
    }

    [Fact]
    public void The_real_catalog_builds_in_jllm_the_models_the_generator_compiles() =>
        Assert.True(AssertSameModels(CatalogFolder.Read(RepositoryPaths.Combine("catalog"))) > 300);

    /// <summary>Compiles <paramref name="files"/> both ways and compares every model; returns how many.</summary>
    private static int AssertSameModels(IReadOnlyDictionary<string, string> files)
    {
        var generated = CompiledCatalog.Load(GeneratorHarness.Run(files.Select(file => new CorpusText("/catalog/" + file.Key, file.Value)).ToList()).Output);
        var compiled = CatalogLoader.Load(files).Catalog.Compile();
        var built = compiled.Models;
        Assert.Equal(generated.Ids("model").Order(StringComparer.Ordinal), built.Select(model => model.Record.Id));
        var differences = new List<string>();
        foreach (var model in built)
        {
            Compare(generated.Find("model", model.Record.Id), model.Runtime, model.Record.Id, differences, new HashSet<(object, object)>(ReferencePairs.Instance), 0);
        }

        // The other kinds too, as the JSON export fills them from these objects (benchmarks, papers, the registries).
        foreach (var (kind, property) in CompiledCatalog.Registries)
        {
            var entries = ((IEnumerable)CompiledCatalog.Read(compiled.Runtime, property)!).Cast<object>().ToList();
            Assert.Equal(generated.Ids(kind).Order(StringComparer.Ordinal), entries.Select(entry => (string)CompiledCatalog.Read(entry, "Id")!));
            foreach (var entry in entries)
            {
                var id = (string)CompiledCatalog.Read(entry, "Id")!;
                Compare(generated.Find(kind, id), entry, $"{kind} {id}", differences, new HashSet<(object, object)>(ReferencePairs.Instance), 0);
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n", differences.Take(10)));
        return built.Count;
    }

    [Fact]
    public void The_comparison_sees_a_difference_deep_in_the_graph()
    {
        var differences = new List<string>();
        Compare(new Node("a", [new Node("b", [])]), new Node("a", [new Node("c", [])]), "root", differences, new HashSet<(object, object)>(ReferencePairs.Instance), 0);
        Assert.Equal(["root.Children[0].Name: \"b\" vs \"c\""], differences);
    }

    /// <summary>
    /// Walks the public properties of two objects of same-named types (from two copies of the runtime), comparing
    /// leaves by their invariant text; each pair of objects once, so that a variant's family and a base's model end.
    /// </summary>
    private static void Compare(object? expected, object? actual, string path, List<string> differences, HashSet<(object, object)> seen, int depth)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: {Show(expected)} vs {Show(actual)}");
            }

            return;
        }

        // Lists compare by their items: the generated code builds arrays, jllm lists.
        var type = expected.GetType();
        if (expected is IEnumerable expectedItems and not string && actual is IEnumerable actualItems and not string)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = actualItems.Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                differences.Add($"{path}: {left.Count} items vs {right.Count}");
                return;
            }

            for (var index = 0; index < left.Count; index++)
            {
                Compare(left[index], right[index], $"{path}[{index}]", differences, seen, depth + 1);
            }
        }
        else if (type.FullName != actual.GetType().FullName)
        {
            differences.Add($"{path}: a {type.FullName} vs a {actual.GetType().FullName}");
        }
        else if (type.IsPrimitive || type.IsEnum || expected is string or DateTime or decimal)
        {
            if (Show(expected) != Show(actual))
            {
                differences.Add($"{path}: {Show(expected)} vs {Show(actual)}");
            }
        }
        else if (depth < 24 && seen.Add((expected, actual)))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0))
            {
                var other = actual.GetType().GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance);
                Compare(property.GetValue(expected), other?.GetValue(actual), $"{path}.{property.Name}", differences, seen, depth + 1);
            }
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => "\"" + string.Concat(text.Select(character => character is >= ' ' and <= '~' ? character.ToString() : $"\\u{(int)character:X4}")) + "\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private sealed record Node(string Name, Node[] Children);

    private sealed class ReferencePairs : IEqualityComparer<(object, object)>
    {
        public static readonly ReferencePairs Instance = new();

        public bool Equals((object, object) x, (object, object) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((object, object) pair) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
