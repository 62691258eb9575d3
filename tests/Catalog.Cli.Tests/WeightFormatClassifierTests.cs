using System;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Import;
using Xunit;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>Weight formats read from repository names as the Hub's authors spell them.</summary>
public sealed class WeightFormatClassifierTests
{
    /// <summary>The committed catalog's vocabulary: the words for full precision and unnamed quantization are its YAML.</summary>
    private static readonly ListWords Words = CatalogLoader.Load(TestPaths.Catalog).Catalog.Words;

    private static readonly string[] Tanuki =
    [
        "team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0", "team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0-AWQ",
        "team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0-GPTQ-4bit", "team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0-GGUF",
    ];

    [Theory]
    [InlineData("team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0-AWQ", "awq", null, "team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0")]
    [InlineData("team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0-GPTQ-4bit", "gptq", 4, "team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0")]
    [InlineData("team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0-GGUF", "gguf", null, "team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0")]
    [InlineData("tokyotech-llm/Qwen3-Swallow-8B-RL-v0.2-AWQ-INT4", "awq", 4, null)]
    [InlineData("rinna/youri-7b-chat-gptq", "gptq", null, null)]
    [InlineData("someone/model-7b-Q4_K_M-gguf", "gguf", 4, null)]
    [InlineData("someone/model-7b-fp8", "fp8", null, null)]
    [InlineData("someone/model-7b-mlx-8bit", "mlx", 8, null)]
    public void A_quantized_repository_name_gives_its_format_bits_and_origin(string repo, string format, int? bits, string? origin)
    {
        var reading = WeightFormatClassifier.Classify(repo, Tanuki, Words);
        Assert.Equal(new WeightFormatReading(format, bits, origin, null), reading);
    }

    [Theory]
    [InlineData("team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0")]
    [InlineData("sbintuitions/sarashina2-7b")]
    [InlineData("someone/model-7b-bf16")]
    [InlineData("elyza/ELYZA-japanese-Llama-2-7b-fast-instruct")]
    public void A_repository_without_a_format_is_full_precision(string repo)
    {
        Assert.Equal(new WeightFormatReading(null, null, null, null), WeightFormatClassifier.Classify(repo, Tanuki, Words));
    }

    [Theory]
    [InlineData("someone/model-7b-4bit")]
    [InlineData("someone/model-7b-bnb")]
    [InlineData("someone/model-7b-int8")]
    public void A_quantized_repository_without_a_known_format_is_reported_not_guessed(string repo)
    {
        var reading = WeightFormatClassifier.Classify(repo, Tanuki, Words);
        Assert.Null(reading.Format);
        Assert.Equal(repo[(repo.IndexOf('/') + 1)..], reading.Unclassified);
    }

    [Fact]
    public void A_quantization_word_is_taught_by_the_vocabulary_registry()
    {
        Assert.Null(WeightFormatClassifier.Classify("someone/model-7b-nf4", Tanuki, Words).Unclassified);

        using var catalog = new CatalogCopy();
        catalog.Edit("registries/vocabulary.yaml", text => text.Replace("  - bitsandbytes\n", "  - bitsandbytes\n  - nf4\n", StringComparison.Ordinal));
        var taught = CatalogLoader.Load(catalog.Root).Catalog.Words;
        Assert.Equal("model-7b-nf4", WeightFormatClassifier.Classify("someone/model-7b-nf4", Tanuki, taught).Unclassified);
    }

    [Fact]
    public void Without_a_vocabulary_no_precision_word_is_known()
    {
        Assert.Equal("model-7b-4bit", WeightFormatClassifier.Classify("someone/model-7b-4bit", Tanuki, ListWords.None).Unclassified);
        Assert.Null(WeightFormatClassifier.Classify("someone/model-7b-bnb", Tanuki, ListWords.None).Unclassified);
    }
}
