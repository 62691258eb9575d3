namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>One row of the list: a model family with its size variants.</summary>
public sealed record ModelRecord(string Id, string Path) : CatalogEntry(Id, Path)
{
    public override string KindName => "model";

    public string Section { get; init; } = "";

    public LocalizedText Name { get; init; } = LocalizedText.Same("");

    public string? Url { get; init; }

    public int? Year { get; init; }

    /// <summary>The announcement date, <c>yyyy-MM-dd</c>, where known.</summary>
    public string? Announced { get; init; }

    /// <summary>The date the model was withdrawn, <c>yyyy-MM-dd</c>, where it was.</summary>
    public string? Withdrawn { get; init; }

    /// <summary>Why it was withdrawn, and where that is stated.</summary>
    public string? WithdrawnReason { get; init; }

    public LocalizedText? Domain { get; init; }

    /// <summary>The architecture as the list writes it (<c>Llama</c>, <c>MoE</c>, …).</summary>
    public LocalizedText? Architecture { get; init; }

    /// <summary>The base model(s) a continually trained, post-trained or merged model starts from.</summary>
    public LocalizedText? BaseModel { get; init; }

    /// <summary>The base models as references (a model record's id or a foreign base model's), each with its relation.</summary>
    public EquatableArray<BaseModelLink> BaseModels { get; init; } = EquatableArray<BaseModelLink>.Empty;

    public EquatableArray<ContextLength> ContextLengths { get; init; } = EquatableArray<ContextLength>.Empty;

    public LocalizedText? TrainingData { get; init; }

    public EquatableArray<EntryReference> Developers { get; init; } = EquatableArray<EntryReference>.Empty;

    public EquatableArray<EntryReference> Licenses { get; init; } = EquatableArray<EntryReference>.Empty;

    /// <summary>Where an API model is offered (API table only).</summary>
    public LocalizedText? Platform { get; init; }

    /// <summary>Whether an encoder loads directly with Hugging Face transformers (encoder tables only).</summary>
    public HuggingFaceSupport? HuggingFaceSupport { get; init; }

    public EquatableArray<VariantRecord> Variants { get; init; } = EquatableArray<VariantRecord>.Empty;

    public EquatableArray<EntryReference> Datasets { get; init; } = EquatableArray<EntryReference>.Empty;

    /// <summary>The training as stages read from the training-data cell; <see cref="TrainingData"/> keeps the list's wording.</summary>
    public EquatableArray<TrainingStage> Training { get; init; } = EquatableArray<TrainingStage>.Empty;

    /// <summary>OpenAI-generated data sets for which the catalog, not the list, attaches the OpenAI-terms caveat.</summary>
    public EquatableArray<EntryReference> CaveatAddedFor { get; init; } = EquatableArray<EntryReference>.Empty;

    public EquatableArray<FootnoteReference> Footnotes { get; init; } = EquatableArray<FootnoteReference>.Empty;

    /// <summary>The link per language, where the languages link to different pages; <see cref="Url"/> is then the English one.</summary>
    public LocalizedText? LocalizedUrl { get; init; }

    /// <summary>Parameters of the whole family where the list states one size for it (the base model's size, <c>MoE (47b)</c>).</summary>
    public long? Parameters { get; init; }

    /// <summary>Parameters active per token, for a mixture-of-experts family.</summary>
    public long? ActiveParameters { get; init; }

    /// <summary>Fields the developer has not disclosed (the list writes 不明 / Undisclosed / Non divulgué, or ？ for a license).</summary>
    public EquatableArray<string> Undisclosed { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Position in its section where the section keeps the list's own order (smaller first).</summary>
    public int? Order { get; init; }

    /// <summary>
    /// Cells shown as written (keys <c>&lt;field&gt;_text</c>), for the languages where the structured fields
    /// cannot reproduce the list's wording. Rare by design: the import report counts them.
    /// </summary>
    public EquatableArray<FieldText> DisplayTexts { get; init; } = EquatableArray<FieldText>.Empty;

    /// <summary>Cells of columns the catalog has no field for, by column key (<see cref="SectionColumn.Key"/>), as the list writes them.</summary>
    public EquatableArray<FieldText> OtherColumns { get; init; } = EquatableArray<FieldText>.Empty;
}

/// <summary>One size or release of a model family, usually one Hugging Face repository.</summary>
public sealed record VariantRecord(string Label)
{
    /// <summary>The Hugging Face repo id, <c>owner/name</c>.</summary>
    public string? HuggingFaceId { get; init; }

    /// <summary>A link other than a Hugging Face model repository.</summary>
    public string? Url { get; init; }

    /// <summary>The day the repository was published, <c>yyyy-MM-dd</c>, where a source gives it.</summary>
    public string? Released { get; init; }

    public long? Parameters { get; init; }

    /// <summary>Parameters active per token, for mixture-of-experts models.</summary>
    public long? ActiveParameters { get; init; }

    /// <summary>The weight format as the YAML spells it (<c>gguf</c>, …); null for full precision.</summary>
    public string? Format { get; init; }

    /// <summary>Bits per weight of a quantized variant, where stated.</summary>
    public int? Bits { get; init; }

    /// <summary>The Hugging Face repo id of the sibling variant this one was quantized from.</summary>
    public string? QuantizedFrom { get; init; }

    /// <summary>Licenses of this variant where they differ from the model's.</summary>
    public EquatableArray<EntryReference> Licenses { get; init; } = EquatableArray<EntryReference>.Empty;

    /// <summary>The label per language, where the languages label the link differently; <see cref="Label"/> is then the English one.</summary>
    public LocalizedText? LocalizedLabel { get; init; }

    /// <summary>The part of the label that names the size (<c>7b</c>, <c>xl(1.5b)</c>), where the list marks it.</summary>
    public string? Size { get; init; }
}

/// <summary>
/// A model a record derives from: <paramref name="Model"/> is a model record's id or a foreign base model's
/// (registries/base-models.yaml); <paramref name="Relation"/> the YAML spelling of how (<c>fine-tuning</c>, …).
/// </summary>
public sealed record BaseModelLink(string Model, string Relation);

/// <summary>One stage of training: its kind, the list's label for it, the data sets it used, tokens, and the variants it applies to.</summary>
public sealed record TrainingStage(string Stage)
{
    public string? Label { get; init; }

    public EquatableArray<EntryReference> Datasets { get; init; } = EquatableArray<EntryReference>.Empty;

    /// <summary>Tokens trained on as the list gives them (<c>1.5T</c>).</summary>
    public string? Tokens { get; init; }

    /// <summary>Other amounts the list gives for the stage, as it writes them (per variant, in total, in bytes or samples).</summary>
    public EquatableArray<string> Amounts { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The variants it applies to, as the list names them; all when null.</summary>
    public string? AppliesTo { get; init; }
}

/// <summary>A context length, for the whole family or for the variants named in <see cref="AppliesTo"/>.</summary>
public sealed record ContextLength(int Tokens, string? AppliesTo);
