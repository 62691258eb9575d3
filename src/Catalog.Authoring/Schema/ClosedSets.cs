using System.Linq;
using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>
/// The YAML spellings of every closed set of values. The parser maps the enum-typed ones to their C# enums
/// through these dictionaries; the others are read as text and interpreted by the renderer.
/// </summary>
public static class ClosedSets
{
    /// <summary>The spellings of Hugging Face support (<see cref="ClosedSetSpellings"/>); "not stated" has none.</summary>
    public static readonly IReadOnlyDictionary<string, HuggingFaceSupport> HuggingFaceSupport =
        Spelled(new[] { Records.HuggingFaceSupport.Yes, Records.HuggingFaceSupport.Convertible, Records.HuggingFaceSupport.No }, ClosedSetSpellings.Of);

    /// <summary>The spellings of commercial-use terms (<see cref="ClosedSetSpellings"/>), in the order the schema lists them.</summary>
    public static readonly IReadOnlyDictionary<string, CommercialUse> CommercialUse =
        Spelled(new[] { Records.CommercialUse.Allowed, Records.CommercialUse.NotAllowed, Records.CommercialUse.Conditional, Records.CommercialUse.Unknown }, ClosedSetSpellings.Of);

    /// <summary>
    /// The stages of training the list names: pre-training from scratch, continual (additional) pre-training, mid-training,
    /// instruction tuning (SFT), preference tuning (DPO, RLHF, PPO), reinforcement learning (GRPO and other RL),
    /// distillation, and training the list does not label (<c>unspecified</c>) or labels otherwise (<c>other</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> TrainingStages = new[]
    {
        "pretraining", "continual-pretraining", "mid-training", "instruction-tuning", "preference-tuning", "reinforcement-learning", "distillation", "other", "unspecified",
    };

    /// <summary>The kinds of record a section's table lists.</summary>
    public static readonly IReadOnlyList<string> RecordKinds = new[] { "model", "benchmark", "paper" };

    /// <summary>How a section's table orders its rows.</summary>
    public static readonly IReadOnlyList<string> Orderings = new[] { "parameters-desc", "year-desc", "published", "catalog" };

    /// <summary>The columns whose cell may list a model's size variants.</summary>
    public static readonly IReadOnlyList<string> VariantColumns = new[] { "name", "architecture", "huggingface_support" };

    /// <summary>
    /// How a variant's weights are stored: <c>full</c> precision (what a variant without a format has), or a
    /// quantized or converted form, spelt as repository names spell it.
    /// </summary>
    public static readonly IReadOnlyList<string> WeightFormats = new[] { "full", "gguf", "awq", "gptq", "mlx", "fp8", "onnx", "exl2" };

    /// <summary>
    /// How a model derives from a base model: trained further on new text, tuned on instructions or preferences,
    /// merged with other models, distilled from the base's outputs, or quantized from its weights.
    /// </summary>
    public static readonly IReadOnlyList<string> BaseRelations = new[] { "continual-pretraining", "fine-tuning", "merge", "distillation", "quantization" };

    /// <summary>
    /// What a license requires of models derived from a model under it: to keep the base's license, to credit the
    /// base, to name the derivative as the license prescribes (e.g. Llama 3's "Llama 3" prefix), to stay
    /// non-commercial, or to share alike.
    /// </summary>
    public static readonly IReadOnlyList<string> DerivativeTerms = new[] { "keep-license", "attribution", "naming", "non-commercial", "share-alike" };

    /// <summary>
    /// The list's fixed words the tools know by meaning (<see cref="Records.ListWords"/>): how the vocabulary registry's
    /// entries are named. A maintainer changes their spellings in the registry; a new meaning needs code that uses it.
    /// </summary>
    public static readonly IReadOnlyList<string> Words = new[]
    {
        Records.ListWords.Undisclosed, Records.ListWords.UnknownLicense, Records.ListWords.Individual, Records.ListWords.FullPrecision, Records.ListWords.Quantized,
        Records.ListWords.CaveatMark,
    }.Concat(Records.ListWords.SupportMarks.Select(mark => mark.Word)).ToArray();

    /// <summary>Markdown table column alignments.</summary>
    public static readonly IReadOnlyList<string> Alignments = new[] { "left", "center", "right", "none" };

    private static IReadOnlyDictionary<string, T> Spelled<T>(T[] values, System.Func<T, string?> spelling)
    {
        var bySpelling = new Dictionary<string, T>();
        foreach (var value in values)
        {
            bySpelling.Add(spelling(value)!, value);
        }

        return bySpelling;
    }
}
