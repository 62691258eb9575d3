namespace JapaneseLlm.Catalog.Json;

/// <summary>How the exports introduce the catalog.</summary>
internal static class CatalogTitle
{
    public const string Title = "Japanese LLM catalog";

    public const string Summary =
        "Publicly available large language models trained with a focus on Japanese, with their developers, licenses, "
        + "sizes and context lengths, and the benchmarks and papers around them; from the community list awesome-japanese-llm.";

    public const string Source = "https://github.com/llm-jp/awesome-japanese-llm";
}
