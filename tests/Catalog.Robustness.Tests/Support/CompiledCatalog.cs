using System.Collections;
using System.Reflection;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>
/// The catalog as a program sees it: the generated assembly loaded, its records read by reflection
/// (the test project cannot reference the runtime library, whose namespace clashes with the model's).
/// </summary>
internal sealed class CompiledCatalog
{
    /// <summary>Entry kinds (as <c>CatalogEntry.KindName</c> spells them) and the catalog property listing them.</summary>
    private static readonly (string Kind, string Property)[] Lists =
    [
        ("model", "Models"), ("benchmark", "Benchmarks"), ("paper", "Papers"), ("developer", "Developers"),
        ("license", "Licenses"), ("dataset", "Datasets"), ("footnote", "Footnotes"), ("base model", "BaseModels"),
    ];

    private readonly Dictionary<string, Dictionary<string, object>> byKind;

    /// <summary>The kinds besides models and the catalog property listing each.</summary>
    public static IEnumerable<(string Kind, string Property)> Registries => Lists.Where(list => list.Kind != "model");

    private CompiledCatalog(Dictionary<string, Dictionary<string, object>> byKind) => this.byKind = byKind;

    public static CompiledCatalog Load(Compilation output)
    {
        var assembly = GeneratorHarness.Load(output);
        var instance = assembly.GetType("JapaneseLlm.Catalog.JapaneseLlmCatalog", throwOnError: true)!.GetProperty("Instance")!.GetValue(null)!;
        var byKind = new Dictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
        foreach (var (kind, property) in Lists)
        {
            byKind[kind] = ((IEnumerable)Read(instance, property)!).Cast<object>().ToDictionary(record => (string)Read(record, "Id")!, StringComparer.Ordinal);
        }

        // Sections have no runtime records, only their ids as constants.
        byKind["section"] = assembly.GetType("JapaneseLlm.Catalog.Sections", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToDictionary(id => id, id => (object)id, StringComparer.Ordinal);
        return new CompiledCatalog(byKind);
    }

    public IEnumerable<string> Kinds => byKind.Keys;

    public int Count => byKind.Values.Sum(records => records.Count);

    public IReadOnlyCollection<string> Ids(string kind) => byKind[kind].Keys;

    public object? Find(string kind, string id) => byKind[kind].GetValueOrDefault(id);

    public static object? Read(object instance, string property) =>
        instance.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetValue(instance)
        ?? (instance.GetType().GetProperty(property) is null ? throw new MissingMemberException(instance.GetType().Name, property) : null);
}
