using JapaneseLlm.Catalog;

namespace JapaneseLlm.Catalog.Performance.Runtime;

/// <summary>The ids every runtime measurement looks up: the middle model of the compiled catalog and its first Hugging Face repo.</summary>
internal static class SampleIds
{
    public static (string ModelId, string RepoId) Middle()
    {
        var models = JapaneseLlmCatalog.Models;
        for (var offset = 0; offset < models.Count; offset++)
        {
            var model = models[(models.Count / 2 + offset) % models.Count];
            if (model.Variants.FirstOrDefault(variant => variant.HuggingFaceId is not null)?.HuggingFaceId is { } repoId)
            {
                return (model.Id, repoId);
            }
        }

        throw new InvalidOperationException("The compiled catalog has no model with a Hugging Face repo: build it over the imported catalog.");
    }
}
