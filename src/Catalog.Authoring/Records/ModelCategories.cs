using System;
using System.Collections.Generic;
using System.Linq;

namespace JapaneseLlm.Catalog.Authoring.Records;

public static class ModelCategories
{
    /// <summary>The YAML spelling of each category, in the enum's order.</summary>
    public static readonly IReadOnlyDictionary<string, ModelCategory> ByName =
        ((ModelCategory[])Enum.GetValues(typeof(ModelCategory))).ToDictionary(ClosedSetSpellings.Of, category => category);

    /// <summary>The category of a model in <paramref name="section"/>: the section's (<see cref="BySection"/>), else text generation.</summary>
    public static ModelCategory Of(string section, IReadOnlyDictionary<string, ModelCategory> bySection) =>
        bySection.TryGetValue(section, out var category) ? category : ModelCategory.TextGeneration;

    /// <summary>
    /// The category of each section: its own, else its nearest ancestor's. A section without either is left
    /// out (its models count as text generation). The depth bound stops a cycle of parents.
    /// </summary>
    public static Dictionary<string, ModelCategory> BySection(IEnumerable<SectionEntry> sections)
    {
        var byId = new Dictionary<string, SectionEntry>(StringComparer.Ordinal);
        foreach (var section in sections.Where(section => !byId.ContainsKey(section.Id)))
        {
            byId.Add(section.Id, section);
        }

        var categories = new Dictionary<string, ModelCategory>(StringComparer.Ordinal);
        foreach (var section in byId.Values)
        {
            var current = section;
            for (var depth = 0; current is not null && depth < 16; depth++)
            {
                if (current.Category is { } category)
                {
                    categories[section.Id] = category;
                    break;
                }

                current = current.Parent is { } parent && byId.TryGetValue(parent, out var next) ? next : null;
            }
        }

        return categories;
    }
}
