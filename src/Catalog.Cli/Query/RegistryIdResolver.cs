using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Commands;
using JapaneseLlm.Catalog.Lookup;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.Query;

/// <summary>
/// Turns what a user typed for a registry filter into the registry id, accepting what the package's look-ups
/// accept (id, SPDX id, display name in any language) and suggesting the nearest ids when nothing matches.
/// </summary>
internal static class RegistryIdResolver
{
    private const int Suggestions = 3;

    public static string Developer(CatalogContent catalog, string option, string text) =>
        Resolve(option, "developer", text, new NameIndex<Authoring.Records.DeveloperEntry>(catalog.Developers, entry => entry.Id, entry => Names(entry.Name)), entry => entry.Id);

    public static string License(CatalogContent catalog, string option, string text) =>
        Resolve(option, "license", text, new NameIndex<Authoring.Records.LicenseEntry>(catalog.Licenses, entry => entry.Id, entry => [entry.Spdx, entry.HuggingFaceLicense, .. Names(entry.Name)]), entry => entry.Id);

    public static string Dataset(CatalogContent catalog, string option, string text) =>
        Resolve(option, "data set", text, new NameIndex<Authoring.Records.DatasetEntry>(catalog.Datasets, entry => entry.Id, entry => [.. Names(entry.Name), .. entry.Aliases]), entry => entry.Id);

    private static string Resolve<T>(string option, string kind, string text, NameIndex<T> index, System.Func<T, string> id)
        where T : class
    {
        if (index.Find(text) is { } entry)
        {
            return id(entry);
        }

        var nearest = index.Suggest(text, Suggestions);
        var hint = nearest.Count > 0
            ? $"did you mean {string.Join(" or ", nearest)}?"
            : $"see the ids in catalog/registries/{kind}s.yaml";
        throw new UsageException($"{option} {text}: no {kind} has this id or name; {hint}");
    }

    private static IEnumerable<string?> Names(LocalizedText name) => [name.Japanese, name.English, name.French];
}
