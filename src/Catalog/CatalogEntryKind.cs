namespace JapaneseLlm.Catalog;

/// <summary>The kinds of entry a catalog holds, for <see cref="LlmCatalog.Suggest"/>.</summary>
public enum CatalogEntryKind
{
    /// <summary>A model family (<see cref="Catalog.Model"/>).</summary>
    Model,

    /// <summary>A benchmark.</summary>
    Benchmark,

    /// <summary>A paper.</summary>
    Paper,

    /// <summary>A developer.</summary>
    Developer,

    /// <summary>A license or terms of use.</summary>
    License,

    /// <summary>A training data set.</summary>
    Dataset,
}
