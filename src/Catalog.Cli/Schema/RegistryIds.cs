using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Export;

namespace JapaneseLlm.Catalog.Cli.Schema;

/// <summary>
/// The ids a catalog's registries hold, each with what it stands for, by registry kind: the values the JSON
/// Schemas offer and accept where a key refers to a registry, so an editor completes and checks ids.
/// </summary>
internal sealed class RegistryIds
{
    private const int MaxDescriptionLength = 200;

    private readonly IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Description)>> byRegistry;

    private RegistryIds(IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Description)>> byRegistry) => this.byRegistry = byRegistry;

    /// <summary>No ids: the schemas check the form of an id only (for a catalog whose registries are not at hand).</summary>
    public static RegistryIds None { get; } = new(new Dictionary<string, IReadOnlyList<(string, string)>>());

    public static RegistryIds Of(CatalogContent catalog) => new(new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal)
    {
        ["developers"] = Sorted(catalog.Developers, developer => Names(developer.Name) + (developer.Individual ? " (individual)" : "")),
        ["licenses"] = Sorted(catalog.Licenses, license => $"{Names(license.Name)}. Commercial use: {CommercialUseText(license.CommercialUse)}" + (license.Spdx is { } spdx ? $". SPDX: {spdx}" : "")),
        ["datasets"] = Sorted(catalog.Datasets, dataset => Names(dataset.Name) + (dataset.GeneratedBy.Count > 0 ? $". Generated with the outputs of: {string.Join(", ", dataset.GeneratedBy)}" : "")),
        ["footnotes"] = Sorted(catalog.Footnotes, footnote => (footnote.OpenAiTermsCaveat ? "OpenAI-terms caveat: " : "") + ExportVocabulary.Plain(footnote.Text, CatalogLanguage.English)),
        ["sections"] = Sorted(catalog.Sections, section => ExportVocabulary.Plain(section.Heading, CatalogLanguage.English)),
        ["base_models"] = Sorted(catalog.BaseModels, BaseModelDescription),
        [BaseModelTargets] = Sorted(catalog.Models, model => "Model of the list: " + Names(model.Name))
            .Concat(Sorted(catalog.BaseModels, entry => "Foreign base model: " + BaseModelDescription(entry)))
            .OrderBy(pair => pair.Item1, StringComparer.Ordinal)
            .ToList(),
    });

    /// <summary>What a base-model link may name: a model record's id or a foreign base model's.</summary>
    public const string BaseModelTargets = "base_model_targets";

    private static string BaseModelDescription(BaseModelEntry entry) =>
        Names(entry.Name) + (entry.Developer is { } developer ? $", by {developer}" : "") + (entry.Licenses.Count > 0 ? $". Licenses: {string.Join(", ", entry.Licenses.Select(reference => reference.Id))}" : "");

    /// <summary>The ids of <paramref name="registry"/> with their descriptions, in id order; empty when none are known.</summary>
    public IReadOnlyList<(string Id, string Description)> For(string registry) =>
        byRegistry.TryGetValue(registry, out var ids) ? ids : Array.Empty<(string, string)>();

    private static IReadOnlyList<(string, string)> Sorted<T>(IEnumerable<T> entries, Func<T, string> describe)
        where T : CatalogEntry =>
        entries.GroupBy(entry => entry.Id, StringComparer.Ordinal)
            .Select(group => (group.Key, Shorten(describe(group.First()))))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every distinct name, English first: a maintainer may know the developer by any of them.</summary>
    private static string Names(LocalizedText name) =>
        string.Join(" / ", new[] { name.English, name.Japanese, name.French }.Where(text => !string.IsNullOrWhiteSpace(text)).Select(text => ExportVocabulary.Plain(text)).Distinct(StringComparer.Ordinal));

    private static string CommercialUseText(CommercialUse use) => use switch
    {
        CommercialUse.Allowed => "allowed",
        CommercialUse.NotAllowed => "not allowed",
        CommercialUse.Conditional => "conditional",
        _ => "unknown",
    };

    private static string Shorten(string text)
    {
        var oneLine = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= MaxDescriptionLength ? oneLine : oneLine.Substring(0, MaxDescriptionLength - 1).TrimEnd() + "…";
    }
}
