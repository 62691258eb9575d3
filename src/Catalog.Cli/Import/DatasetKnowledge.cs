using System;
using System.Collections.Generic;
using System.Linq;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Training data sets the importer recognises by name in training-data cells. They are the ones that
/// justify the list's OpenAI-terms caveat: each was generated (or rated) with OpenAI models, as the page in
/// <see cref="KnownDataset.GeneratedBySource"/> states.
/// </summary>
internal static class DatasetKnowledge
{
    public static readonly IReadOnlyList<KnownDataset> All = new KnownDataset[]
    {
        new("ultra-orca-boros-en-ja", "ultra-orca-boros-en-ja", new[] { "ultra-orca-boros-en-ja" }, "https://huggingface.co/datasets/augmxnt/ultra-orca-boros-en-ja-v1"),
        new("sharegpt", "ShareGPT", new[] { "sharegpt" }, "https://huggingface.co/datasets/anon8231489123/ShareGPT_Vicuna_unfiltered"),
        new("ultrachat-200k", "UltraChat 200k", new[] { "ultrachat_200k", "ultrachat 200k" }, "https://huggingface.co/datasets/HuggingFaceH4/ultrachat_200k"),
        new("ultrafeedback", "UltraFeedback", new[] { "ultrafeedback" }, "https://huggingface.co/datasets/openbmb/UltraFeedback"),
        new("metamathqa", "MetaMathQA", new[] { "metamathqa" }, "https://huggingface.co/datasets/meta-math/MetaMathQA"),
        new("orca-math-word-problems-200k", "orca-math-word-problems-200k", new[] { "orca-math-word-problems-200k" }, "https://huggingface.co/datasets/microsoft/orca-math-word-problems-200k"),
    };

    public static IReadOnlyList<KnownDataset> FindAllIn(string trainingData)
    {
        var text = trainingData.ToLowerInvariant();
        return All.Where(dataset => dataset.Names.Any(name => text.Contains(name, StringComparison.Ordinal))).ToList();
    }
}

internal sealed record KnownDataset(string Id, string Name, IReadOnlyList<string> Names, string GeneratedBySource)
{
    public string Url => GeneratedBySource;
}
