using System.Collections.Generic;
using JapaneseLlm.Catalog.Cli.Rendering;
using JapaneseLlm.Catalog.Model.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// The catalog's readable section ids for the list's headings, found by the heading's anchor or, for the
/// few headings without one, by the parent section and the English heading. A heading not listed here
/// still imports, under an id made from its English heading, and the report says so.
/// </summary>
internal static class SectionPlan
{
    private static readonly Dictionary<string, string> ByKey = new()
    {
        ["|Overview of Japanese LLMs"] = "overview",
        ["#generative"] = "text-generation",
        ["#full-scratch-models"] = "text-generation/from-scratch",
        ["#generative-scratch-general"] = "text-generation/from-scratch/general",
        ["#generative-scratch-domain-specific"] = "text-generation/from-scratch/domain-specific",
        ["#english-based-models"] = "text-generation/continual-pretraining",
        ["#generative-continual-general"] = "text-generation/continual-pretraining/general",
        ["#generative-continual-domain-specific"] = "text-generation/continual-pretraining/domain-specific",
        ["#instruction-only-models"] = "text-generation/post-training",
        ["#generative-instruction-only-general"] = "text-generation/post-training/general",
        ["#generative-instruction-only-domain-specific"] = "text-generation/post-training/domain-specific",
        ["#merged-models"] = "text-generation/merged",
        ["#api-based-models"] = "text-generation/api",
        ["#autoencoding"] = "encoders",
        ["#autoencoding-general"] = "encoders/general",
        ["#autoencoding-domain-specific"] = "encoders/domain-specific",
        ["#embeddings"] = "embeddings",
        ["embeddings|Bi-Encoders"] = "embeddings/bi-encoders",
        ["embeddings/bi-encoders|Single-representation bi-encoders"] = "embeddings/bi-encoders/single-representation",
        ["embeddings/bi-encoders|Multi-representation bi-encoders"] = "embeddings/bi-encoders/multi-representation",
        ["embeddings|Cross-Encoders"] = "embeddings/cross-encoders",
        ["#multimodal"] = "vision-language",
        ["#multimodal-text-generation"] = "vision-language/image-to-text",
        ["vision-language/image-to-text|Models built from scratch"] = "vision-language/image-to-text/from-scratch",
        ["vision-language/image-to-text/from-scratch|General purpose"] = "vision-language/image-to-text/from-scratch/general",
        ["vision-language/image-to-text/from-scratch|Domain Specific"] = "vision-language/image-to-text/from-scratch/domain-specific",
        ["vision-language/image-to-text|Models built off non-Japanese VLMs"] = "vision-language/image-to-text/post-training",
        ["vision-language/image-to-text|Merged models"] = "vision-language/image-to-text/merged",
        ["#multimodal-text-to-image"] = "vision-language/text-to-image",
        ["#multimodal-text-to-image-general"] = "vision-language/text-to-image/general",
        ["#multimodal-text-to-image-domain-specific"] = "vision-language/text-to-image/domain-specific",
        ["vision-language|Text to Video"] = "vision-language/text-to-video",
        ["#multimodal-others"] = "vision-language/others",
        ["#speech"] = "speech",
        ["#speech-asr"] = "speech/recognition",
        ["#speech-synthesis"] = "speech/synthesis",
        ["#speech-foundation"] = "speech/foundation",
        ["#speech-feature-extraction"] = "speech/feature-extraction",
        ["#music"] = "music",
        ["#music-text-conversion"] = "music/music-text",
        ["#benchmark-suites"] = "benchmarks",
        ["#hybrid-benchmark-suites"] = "benchmarks/hybrid",
        ["#basic-benchmark-suites"] = "benchmarks/nlu",
        ["#open-ended-benchmark-suites"] = "benchmarks/generation",
        ["#domain-specific-benchmark-suites"] = "benchmarks/domain-specific",
        ["#factuality-safety-benchmark-suites"] = "benchmarks/factuality-safety",
        ["#logical-reasoning-benchmark-suites"] = "benchmarks/logical-reasoning",
        ["#controllabilitiy-benchmark-suites"] = "benchmarks/instruction-following",
        ["#embeddings-benchmark-suites"] = "benchmarks/embeddings",
        ["#vl-benchmark-suites"] = "benchmarks/vision-language",
        ["#speech-benchmark-suites"] = "benchmarks/speech",
        ["#reference"] = "papers/architectures",
        ["#reference-training"] = "papers/training-methods",
        ["#contributors"] = "contributors",
        ["#citation"] = "citation",
    };

    private static readonly Dictionary<string, ModelCategory> Categories = new()
    {
        ["text-generation"] = ModelCategory.TextGeneration,
        ["encoders"] = ModelCategory.Encoder,
        ["embeddings"] = ModelCategory.Embedding,
        ["vision-language"] = ModelCategory.VisionLanguage,
        ["speech"] = ModelCategory.Speech,
        ["music"] = ModelCategory.Music,
    };

    public static string? IdFor(string? anchor, string? parentId, string englishHeading) =>
        anchor is not null && ByKey.TryGetValue("#" + anchor, out var byAnchor) ? byAnchor
        : ByKey.TryGetValue((parentId ?? "") + "|" + englishHeading, out var byHeading) ? byHeading
        : null;

    /// <summary>The model category a top-level section sets for everything under it.</summary>
    public static ModelCategory? CategoryFor(string id) => Categories.TryGetValue(id, out var category) ? category : null;

    /// <summary>The kind of record a section's table lists.</summary>
    public static string RecordKindFor(string id) =>
        id.StartsWith("benchmarks", System.StringComparison.Ordinal) ? "benchmark"
        : id.StartsWith("papers", System.StringComparison.Ordinal) ? "paper"
        : "model";

    /// <summary>
    /// The list orders generative models (text and vision-language) by descending size and the API table by
    /// year, newest first (its CONTRIBUTING and AGENTS rules); other tables keep the list's own order.
    /// </summary>
    public static string OrderingFor(string id) =>
        id == "text-generation/api" ? RecordOrdering.YearDescending
        : id.StartsWith("papers", System.StringComparison.Ordinal) ? RecordOrdering.Published
        : id.StartsWith("text-generation/", System.StringComparison.Ordinal) || id.StartsWith("vision-language/image-to-text/", System.StringComparison.Ordinal) ? RecordOrdering.ParametersDescending
        : RecordOrdering.CatalogOrder;
}
