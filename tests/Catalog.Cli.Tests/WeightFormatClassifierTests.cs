using JapaneseLlm.Catalog.Cli.Import;
using Xunit;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>Weight formats read from repository names as the Hub's authors spell them.</summary>
public sealed class WeightFormatClassifierTests
{
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
        var reading = WeightFormatClassifier.Classify(repo, Tanuki);
        Assert.Equal(new WeightFormatReading(format, bits, origin, null), reading);
    }

    [Theory]
    [InlineData("team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0")]
    [InlineData("sbintuitions/sarashina2-7b")]
    [InlineData("someone/model-7b-bf16")]
    [InlineData("elyza/ELYZA-japanese-Llama-2-7b-fast-instruct")]
    public void A_repository_without_a_format_is_full_precision(string repo)
    {
        Assert.Equal(new WeightFormatReading(null, null, null, null), WeightFormatClassifier.Classify(repo, Tanuki));
    }

    [Theory]
    [InlineData("someone/model-7b-4bit")]
    [InlineData("someone/model-7b-bnb")]
    [InlineData("someone/model-7b-int8")]
    public void A_quantized_repository_without_a_known_format_is_reported_not_guessed(string repo)
    {
        var reading = WeightFormatClassifier.Classify(repo, Tanuki);
        Assert.Null(reading.Format);
        Assert.Equal(repo[(repo.IndexOf('/') + 1)..], reading.Unclassified);
    }
}
