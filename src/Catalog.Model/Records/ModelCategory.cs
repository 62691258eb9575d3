using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Model.Records;

/// <summary>The list's top-level kinds of model, a closed set.</summary>
public enum ModelCategory
{
    TextGeneration,
    Encoder,
    Embedding,
    VisionLanguage,
    Speech,
    Music,
}

public static class ModelCategories
{
    /// <summary>The YAML spelling of each category.</summary>
    public static readonly IReadOnlyDictionary<string, ModelCategory> ByName = new Dictionary<string, ModelCategory>
    {
        ["text-generation"] = ModelCategory.TextGeneration,
        ["encoder"] = ModelCategory.Encoder,
        ["embedding"] = ModelCategory.Embedding,
        ["vision-language"] = ModelCategory.VisionLanguage,
        ["speech"] = ModelCategory.Speech,
        ["music"] = ModelCategory.Music,
    };
}
