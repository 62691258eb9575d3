using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace JapaneseLlm.Catalog.Json;

/// <summary>
/// One model family: its facts, with the values <c>Model</c> derives (largest size, longest context, most restrictive
/// commercial use, OpenAI-terms caveat) and its developers' and licenses' names, so that a script needs no join.
/// </summary>
public sealed class ModelDocument
{
    /// <summary>The record id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The family's name.</summary>
    public TextDocument Name { get; set; } = new();

    /// <summary>The announcement or model page.</summary>
    public string? Url { get; set; }

    /// <summary>The page per language, where the languages link to different pages; null otherwise.</summary>
    public TextDocument? Urls { get; set; }

    /// <summary><c>text-generation</c>, <c>encoder</c>, <c>embedding</c>, <c>vision-language</c>, <c>speech</c> or <c>music</c>.</summary>
    public string Category { get; set; } = "";

    /// <summary>The id of the list's section.</summary>
    public string Section { get; set; } = "";

    /// <summary>The year of release.</summary>
    public int? Year { get; set; }

    /// <summary>The announcement date, <c>yyyy-mm-dd</c>, where known.</summary>
    public string? Announced { get; set; }

    /// <summary>When the model was withdrawn, <c>yyyy-mm-dd</c>; null while it is available.</summary>
    public string? Withdrawn { get; set; }

    /// <summary>Why it was withdrawn.</summary>
    public string? WithdrawnReason { get; set; }

    /// <summary>The architecture.</summary>
    public TextDocument? Architecture { get; set; }

    /// <summary>The base model(s).</summary>
    public TextDocument? BaseModel { get; set; }

    /// <summary>The models it derives from directly, each a model of the catalog or a foreign base model, with the relation.</summary>
    public IReadOnlyList<BaseModelReferenceDocument> BaseModels { get; set; } = Array.Empty<BaseModelReferenceDocument>();

    /// <summary>The ids of every ancestor (bases, their bases, …), nearest first, each once.</summary>
    public IReadOnlyList<string> Lineage { get; set; } = Array.Empty<string>();

    /// <summary>The domain of a domain-specific model.</summary>
    public TextDocument? Domain { get; set; }

    /// <summary>The largest parameter count among the family and its variants.</summary>
    public long? Parameters { get; set; }

    /// <summary>Parameters active per token of the whole family, for a mixture-of-experts family.</summary>
    public long? ActiveParameters { get; set; }

    /// <summary>The longest context length in tokens.</summary>
    public int? ContextLength { get; set; }

    /// <summary>The developers.</summary>
    public IReadOnlyList<DeveloperReferenceDocument> Developers { get; set; } = Array.Empty<DeveloperReferenceDocument>();

    /// <summary>The family's licenses, then its variants' own.</summary>
    public IReadOnlyList<LicenseReferenceDocument> Licenses { get; set; } = Array.Empty<LicenseReferenceDocument>();

    /// <summary>The most restrictive terms among the licenses: <c>allowed</c>, <c>conditional</c>, <c>not-allowed</c> or <c>unknown</c>.</summary>
    public string CommercialUse { get; set; } = "";

    /// <summary>Whether the list warns that the model was tuned on OpenAI-generated data.</summary>
    [JsonPropertyName("openai_terms_caveat")]
    public bool HasOpenAiTermsCaveat { get; set; }

    /// <summary>The sizes and releases.</summary>
    public IReadOnlyList<ModelVariantDocument> Variants { get; set; } = Array.Empty<ModelVariantDocument>();

    /// <summary>The training data.</summary>
    public TextDocument? TrainingData { get; set; }

    /// <summary>The ids of the training data sets the catalog names.</summary>
    public IReadOnlyList<string> Datasets { get; set; } = Array.Empty<string>();

    /// <summary>The training as stages, with their data-set ids, tokens and the variants they apply to.</summary>
    public IReadOnlyList<TrainingStageDocument> Training { get; set; } = Array.Empty<TrainingStageDocument>();

    /// <summary>Where an API model is offered.</summary>
    public TextDocument? Platform { get; set; }

    /// <summary>Whether an encoder loads with Hugging Face transformers: <c>yes</c>, <c>convertible</c> or <c>no</c>; null when not stated.</summary>
    [JsonPropertyName("huggingface_support")]
    public string? HuggingFaceSupport { get; set; }

    /// <summary>The footnotes attached to the row's cells.</summary>
    public IReadOnlyList<FootnoteReferenceDocument> Footnotes { get; set; } = Array.Empty<FootnoteReferenceDocument>();

    /// <summary>The fields the developer has not disclosed (the YAML's field names).</summary>
    public IReadOnlyList<string> Undisclosed { get; set; } = Array.Empty<string>();
}

/// <summary>A footnote attached to a cell: the cell's field and the footnote's id.</summary>
public sealed class FootnoteReferenceDocument
{
    /// <summary>The field (the YAML's key) of the cell the footnote annotates.</summary>
    public string Field { get; set; } = "";

    /// <summary>The footnote's id.</summary>
    public string Id { get; set; } = "";
}

/// <summary>One stage of a model's training.</summary>
public sealed class TrainingStageDocument
{
    /// <summary><c>pretraining</c>, <c>continual-pretraining</c>, <c>mid-training</c>, <c>instruction-tuning</c>, <c>preference-tuning</c>, <c>reinforcement-learning</c>, <c>distillation</c>, <c>other</c> or <c>unspecified</c>.</summary>
    public string Stage { get; set; } = "";

    /// <summary>The stage's label as the list writes it.</summary>
    public string? Label { get; set; }

    /// <summary>The ids of the data sets it used.</summary>
    public IReadOnlyList<string> Datasets { get; set; } = Array.Empty<string>();

    /// <summary>The tokens trained on, as the list gives them.</summary>
    public string? Tokens { get; set; }

    /// <summary>The variants it applies to, as the list names them; all when absent.</summary>
    public string? AppliesTo { get; set; }
}

/// <summary>One size or release of a model family.</summary>
public sealed class ModelVariantDocument
{
    /// <summary>The variant's label.</summary>
    public string Label { get; set; } = "";

    /// <summary>The label per language, where the languages label the variant differently; null otherwise.</summary>
    public TextDocument? Labels { get; set; }

    /// <summary>The Hugging Face repo id, <c>owner/name</c>.</summary>
    [JsonPropertyName("huggingface_id")]
    public string? HuggingFaceId { get; set; }

    /// <summary>Where the variant is published: its own link, else its Hugging Face page.</summary>
    public string? Url { get; set; }

    /// <summary>Total parameters.</summary>
    public long? Parameters { get; set; }

    /// <summary>Parameters active per token, for mixture-of-experts models.</summary>
    public long? ActiveParameters { get; set; }

    /// <summary>How the weights are stored: <c>full</c>, <c>gguf</c>, <c>awq</c>, <c>gptq</c>, <c>mlx</c>, <c>fp8</c>, <c>onnx</c> or <c>exl2</c>.</summary>
    public string Format { get; set; } = "full";

    /// <summary>Bits per weight of a quantized variant, where stated.</summary>
    public int? Bits { get; set; }

    /// <summary>The Hugging Face id of the variant it was quantized from.</summary>
    public string? QuantizedFrom { get; set; }

    /// <summary>The day the repository was published, <c>yyyy-MM-dd</c>, where a source gives it.</summary>
    public string? Released { get; set; }

    /// <summary>The ids of this variant's own licenses, where they differ from the family's; empty otherwise.</summary>
    public IReadOnlyList<string> Licenses { get; set; } = Array.Empty<string>();
}

/// <summary>A model's base: its id, whether it is a model of the catalog or a foreign base model, and the relation.</summary>
public sealed class BaseModelReferenceDocument
{
    /// <summary>The base's id: a model's id, or a foreign base model's (the document's <c>base_models</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary><c>model</c> for a model of the catalog, <c>base-model</c> for a foreign one, null for a base that did not compile.</summary>
    public string? Kind { get; set; }

    /// <summary><c>continual-pretraining</c>, <c>fine-tuning</c>, <c>merge</c>, <c>distillation</c> or <c>quantization</c>; null where not stated.</summary>
    public string? Relation { get; set; }
}

/// <summary>A model's developer: its id and English name.</summary>
public sealed class DeveloperReferenceDocument
{
    /// <summary>The developer's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The English name (or the best fallback); null for an id the registry does not know.</summary>
    public string? Name { get; set; }
}

/// <summary>A model's license: its id, English name and commercial-use terms.</summary>
public sealed class LicenseReferenceDocument
{
    /// <summary>The license's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The English name (or the best fallback).</summary>
    public string Name { get; set; } = "";

    /// <summary><c>allowed</c>, <c>conditional</c>, <c>not-allowed</c> or <c>unknown</c>.</summary>
    public string CommercialUse { get; set; } = "";
}
