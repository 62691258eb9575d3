using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Naming;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Builds the developer registry from every developer the rows name. A developer is known by its Japanese
/// name (an individual by their profile link when there is one); its name in each language is the spelling
/// the list uses most often, first seen on a tie. Rows spelling it otherwise keep their wording as written.
/// </summary>
internal sealed class DeveloperRegistryBuilder
{
    private readonly Dictionary<string, List<DeveloperMention>> mentions = new();
    private readonly List<string> order = new();

    public void Add(IEnumerable<DeveloperMention> developerMentions)
    {
        foreach (var mention in developerMentions)
        {
            if (!mentions.TryGetValue(mention.Key, out var list))
            {
                mentions[mention.Key] = list = new List<DeveloperMention>();
                order.Add(mention.Key);
            }

            list.Add(mention);
        }
    }

    public (IReadOnlyList<DeveloperEntry> Entries, IReadOnlyDictionary<string, string> IdsByKey) Build()
    {
        var allocator = new IdAllocator("developer", IdentifierNamer.MaxTypeNameLength);
        var entries = new List<DeveloperEntry>();
        var ids = new Dictionary<string, string>();
        foreach (var key in order)
        {
            var list = mentions[key];
            var name = new LocalizedText(MostCommon(list, CatalogLanguage.Japanese), MostCommon(list, CatalogLanguage.English), MostCommon(list, CatalogLanguage.French));
            var url = list.Select(mention => mention.Url).FirstOrDefault(link => link is not null);
            var id = allocator.Allocate(name.English ?? name.Japanese ?? key, key);
            ids[key] = id;
            entries.Add(new DeveloperEntry(id, "") { Name = PlainTexts.WithLinks("name", name, EquatableArray<TextLink>.Empty).Text, Individual = list[0].Individual, Url = url });
        }

        return (entries.OrderBy(entry => entry.Id, System.StringComparer.Ordinal).ToList(), ids);
    }

    private static string? MostCommon(List<DeveloperMention> list, CatalogLanguage language) =>
        list.Select(mention => mention.Names[language])
            .Where(name => name is not null)
            .GroupBy(name => name)
            .OrderByDescending(group => group.Count())
            .Select(group => group.Key)
            .FirstOrDefault();
}
