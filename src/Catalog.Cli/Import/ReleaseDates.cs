using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// The days repositories were published, by Hugging Face id (compared without case): facts the list does not give,
/// which the catalog's variants hold (<c>released:</c>, filled by <c>jllm releases</c> from a cited source). A fresh
/// import gives each variant the date its repository had, so the date survives a re-import of the list.
/// </summary>
internal sealed class ReleaseDates
{
    private readonly Dictionary<string, string> byRepository;

    public ReleaseDates(IEnumerable<ModelRecord> models)
    {
        byRepository = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var variant in models.SelectMany(model => model.Variants))
        {
            if (variant.HuggingFaceId is { } repository && variant.Released is { } date && !byRepository.ContainsKey(repository))
            {
                byRepository.Add(repository, date);
            }
        }
    }

    public int Count => byRepository.Count;

    /// <summary>The publication day of <paramref name="repository"/>, where known.</summary>
    public string? Of(string? repository) => repository is not null && byRepository.TryGetValue(repository, out var date) ? date : null;

    /// <summary>Each variant with the date of its repository, where known (the list gives none of its own).</summary>
    public IReadOnlyList<ModelRecord> Apply(IEnumerable<ModelRecord> models) =>
        models.Select(model => model.Variants.Any(variant => Of(variant.HuggingFaceId) is not null)
                ? model with { Variants = model.Variants.Select(variant => variant with { Released = Of(variant.HuggingFaceId) }).ToEquatableArray() }
                : model)
            .ToList();
}
