using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>A model record file (<c>kind: model</c>): one row of the list, a model family with its size variants.</summary>
public static class ModelSchema
{
    /// <summary>The cells of a model row that a <c>&lt;field&gt;_text</c> key may write out, a footnote may annotate, or <c>undisclosed</c> may name.</summary>
    public static readonly string[] DisplayFields =
    {
        "name", "year", "domain", "architecture", "base_model", "context_length", "training_data", "developers",
        "licenses", "platform", "huggingface_support",
    };

    private static readonly RecordAccess<ModelRecord> OfModel = new();
    private static readonly RecordAccess<VariantRecord> OfVariant = new();
    private static readonly RecordAccess<ContextLength> OfContextLength = new();
    private static readonly RecordAccess<Records.BaseModelLink> OfBaseModelLink = new();
    private static readonly RecordAccess<TrainingStage> OfStage = new();

    public static readonly SchemaObject Variant = new(
        "variant",
        "One size or release of the family, usually one Hugging Face repository.",
        new[]
        {
            new SchemaProperty("label", ValueShape.LocalizedText, "The link text the list shows, as plain text (e.g. '7b-instruct'); a mapping of ja, en and fr where the languages label it differently.") { Required = true, Access = OfVariant.Member(v => new LocalizedString(v.Label, v.LocalizedLabel), (v, label) => v with { Label = label.Value ?? "", LocalizedLabel = label.PerLanguage }) },
            new SchemaProperty("size", ValueShape.Text, "The part of the label that names the size (e.g. '7b', 'xl(1.5b)'), where the list marks it; the rendered list shows it in bold.") { NotInRuntime = SizeWordReason, NotInExport = SizeWordReason, Access = OfVariant.Member(v => v.Size) },
            new SchemaProperty("hf", ValueShape.Text, "The Hugging Face repo id, 'owner/name'; the link then goes to https://huggingface.co/owner/name.") { Access = OfVariant.Member(v => v.HuggingFaceId) },
            new SchemaProperty("url", ValueShape.Text, "A link other than a Hugging Face model repository (a GitHub repo, a download page).") { Link = true, Access = OfVariant.Member(v => v.Url) },
            new SchemaProperty("released", ValueShape.Date, "The day the repository was published, yyyy-MM-dd, where a source gives it: 'jllm releases' fills it from the Swallow LLM Leaderboard's data (CC-BY 4.0) for the repositories it evaluates, and the import keeps it by repository.") { Access = OfVariant.Member(v => v.Released) },
            new SchemaProperty("parameters", ValueShape.ParameterCount, "Total parameters: 7B, 1.8B, 310M, 1T or a plain number.") { Access = OfVariant.Member(v => v.Parameters) },
            new SchemaProperty("active_parameters", ValueShape.ParameterCount, "Parameters active per token, for mixture-of-experts models.") { Access = OfVariant.Member(v => v.ActiveParameters) },
            new SchemaProperty("format", ValueShape.Text, "How the weights are stored: full (full precision, what a variant without a format has), or a quantized or converted format.") { Values = ClosedSets.WeightFormats, Access = OfVariant.Member(v => v.Format) },
            new SchemaProperty("bits", ValueShape.Integer, "Bits per weight of a quantized variant, where its name states them.") { Minimum = 1, Maximum = 32, Access = OfVariant.Member(v => v.Bits) },
            new SchemaProperty("quantized_from", ValueShape.Text, "The Hugging Face repo id ('owner/name') of the variant of this family that this one was quantized from.") { Access = OfVariant.Member(v => v.QuantizedFrom) },
            new SchemaProperty("licenses", ValueShape.IdList, "License ids (registries/licenses.yaml) of this variant, where they differ from the model's.") { References = "licenses", Access = OfVariant.Member(v => v.Licenses) },
        })
    {
        Make = ListItems.Of(() => new VariantRecord("")),
    };

    public static readonly SchemaObject ContextLengthItem = new(
        "context length",
        "A context length that applies to some of the variants.",
        new[]
        {
            new SchemaProperty("tokens", ValueShape.Integer, "Tokens the model handles in input and output.") { Required = true, Minimum = 1, Access = OfContextLength.Member(c => (int?)c.Tokens, (c, tokens) => c with { Tokens = tokens ?? 0 }) },
            new SchemaProperty("applies_to", ValueShape.Text, "The variants it applies to, as the list names them (e.g. '7b, 13b' or 'chat').") { Access = OfContextLength.Member(c => c.AppliesTo) },
        })
    {
        Make = ListItems.Of(() => new ContextLength(0, null)),
    };

    public static readonly SchemaObject BaseModelLink = new(
        "base model link",
        "A model this one derives from, and how.",
        new[]
        {
            new SchemaProperty("model", ValueShape.Id, "The base: the id of a model record of the catalog, or of a foreign base model (registries/base-models.yaml).") { Required = true, References = "base_model_targets", Access = OfBaseModelLink.Member(l => l.Model) },
            new SchemaProperty("relation", ValueShape.Text, "How this model derives from it: continual-pretraining, fine-tuning, merge, distillation or quantization.") { Required = true, Values = ClosedSets.BaseRelations, Access = OfBaseModelLink.Member(l => l.Relation) },
        })
    {
        Make = ListItems.Of(() => new Records.BaseModelLink("", "")),
    };

    /// <summary>Why the record of an added caveat stays in the YAML: the caveat is in the footnotes, its reason in the training stages.</summary>
    private const string CaveatAddedForReason = "the caveat itself is a footnote and the data sets calling for it are in the training stages; this key records for reviewers and the list comparison that the catalog, not the list, added it";

    public static readonly SchemaObject TrainingStageItem = new(
        "training stage",
        "One stage of training and the data sets it used, as the list's training-data cell names them.",
        new[]
        {
            new SchemaProperty("stage", ValueShape.Text, "The kind of stage: pretraining, continual-pretraining, mid-training, instruction-tuning, preference-tuning (DPO, RLHF, PPO), reinforcement-learning (GRPO, RL), distillation, other or unspecified (the list does not label it).") { Required = true, Values = ClosedSets.TrainingStages, Access = OfStage.Member(t => t.Stage) },
            new SchemaProperty("label", ValueShape.Text, "The stage's label as the list writes it (e.g. 'Instruction Tuning (LoRA)', '事前学習 + 中間学習'), where it has one.") { Access = OfStage.Member(t => t.Label) },
            new SchemaProperty("datasets", ValueShape.IdList, "Data set ids (registries/datasets.yaml) the stage used, where the registry knows them.") { References = "datasets", Access = OfStage.Member(t => t.Datasets) },
            new SchemaProperty("tokens", ValueShape.Text, "The tokens trained on in this stage as the list gives them (e.g. '1.5T', '78.3B').") { Access = OfStage.Member(t => t.Tokens) },
            new SchemaProperty("amounts", ValueShape.TextList, "Other amounts of training data the list gives for this stage, as it writes them (per variant, in total, in bytes or samples: '200B', '650GB', '443,747'); the rendered list shows them, and the tokens, in bold.") { NotInRuntime = AmountsReason, NotInExport = AmountsReason, Access = OfStage.Member(t => t.Amounts) },
            new SchemaProperty("applies_to", ValueShape.Text, "The variants the stage applies to, as the list names them (e.g. 'instruction-sft', 'NC'); every variant when left out.") { Access = OfStage.Member(t => t.AppliesTo) },
        })
    {
        Make = ListItems.Of(() => new TrainingStage("")),
    };

    private const string SizeWordReason = "it is a part of the label, whose size the variant's parameters state as a number";

    private const string AmountsReason = "they are the list's wording of amounts without a unit the catalog models; the stage's tokens are the typed amount";

    public static readonly SchemaObject Record = new(
        "model",
        "A model family: one row of the list's model tables, with its size variants.",
        new[]
        {
            CommonProperties.Kind("model"),
            CommonProperties.Id("model", "example-llm-7b"),
            CommonProperties.Section("model", OfModel.Member(m => m.Section)),
            CommonProperties.Order("in its section, where the section keeps the list's own order", OfModel.Member(m => m.Order)),
            new SchemaProperty("name", ValueShape.LocalizedText, "The family's name as the list shows it, as plain text (a line break separates lines; links go in 'links').") { Required = true, Access = OfModel.Member(m => m.Name) },
            CommonProperties.LocalizedUrl("announcement or model page the name links to", OfModel.Member(m => new LocalizedString(m.Url, m.LocalizedUrl), (m, url) => m with { Url = url.Value, LocalizedUrl = url.PerLanguage })),
            new SchemaProperty("year", ValueShape.Integer, "The year of release; left out where no source gives it (a version of the list without the column), never guessed.") { Minimum = 1900, Access = OfModel.Member(m => m.Year) },
            new SchemaProperty("announced", ValueShape.Date, "The announcement date, yyyy-MM-dd, where known (the list's timeline figure uses it).") { Access = OfModel.Member(m => m.Announced) },
            new SchemaProperty("withdrawn", ValueShape.Date, "The date the model was withdrawn (repository removed, access revoked, retired), yyyy-MM-dd. Its generated member stays, marked [Obsolete] with the reason, so consumers get a warning instead of a broken build.") { Access = OfModel.Member(m => m.Withdrawn) },
            new SchemaProperty("withdrawn_reason", ValueShape.Text, "Why the model was withdrawn, and where that is stated; required with 'withdrawn'.") { RequiredWith = "withdrawn", Access = OfModel.Member(m => m.WithdrawnReason) },
            new SchemaProperty("domain", ValueShape.LocalizedText, "The domain of a domain-specific model (medicine, finance, …).") { Access = OfModel.Member(m => m.Domain) },
            new SchemaProperty("architecture", ValueShape.LocalizedText, "The architecture as the list names it (Llama, GPT-NeoX, MoE, …).") { Access = OfModel.Member(m => m.Architecture) },
            new SchemaProperty("base_model", ValueShape.LocalizedText, "The base model(s) a continually pre-trained, post-trained or merged model starts from.") { Access = OfModel.Member(m => m.BaseModel) },
            new SchemaProperty("base_models", ValueShape.ObjectList, "The base models as references, each with its relation; 'base_model' keeps the list's wording of them.") { Items = BaseModelLink, DerivedFrom = "base_model", Access = OfModel.Member(m => m.BaseModels) },
            new SchemaProperty("parameters", ValueShape.ParameterCount, "Parameters of the whole family where the list states one size for it (e.g. the base model's size).") { Access = OfModel.Member(m => m.Parameters) },
            new SchemaProperty("active_parameters", ValueShape.ParameterCount, "Parameters active per token, for a mixture-of-experts family.") { Access = OfModel.Member(m => m.ActiveParameters) },
            new SchemaProperty("context_length", ValueShape.IntegerOrObjectList, "The context length in tokens: one number for the whole family, or a list of {tokens, applies_to} where variants differ.") { Minimum = 1, Items = ContextLengthItem, Access = OfModel.Member(m => m.ContextLengths) },
            new SchemaProperty("training_data", ValueShape.LocalizedText, "The training data as the list describes it, as plain text: one line per stage or note, as the list breaks the cell; the stages and data sets are in 'training'.") { Access = OfModel.Member(m => m.TrainingData) },
            new SchemaProperty("datasets", ValueShape.IdList, "Training data set ids (registries/datasets.yaml), where the registry knows them: every data set of every training stage.") { References = "datasets", DerivedFrom = "training_data", Access = OfModel.Member(m => m.Datasets) },
            new SchemaProperty("training", ValueShape.ObjectList, "The training as stages, each with its data sets, tokens and the variants it applies to, read from the training-data cell; training_data keeps the list's wording.") { Items = TrainingStageItem, DerivedFrom = "training_data", Access = OfModel.Member(m => m.Training) },
            new SchemaProperty("caveat_added_for", ValueShape.IdList, "Data sets generated with OpenAI models for which the catalog, not the list, attaches the OpenAI-terms caveat (the caveat then stands in 'footnotes'); the import sets it where the list's row lacks the caveat.") { References = "datasets", DerivedFrom = "training_data", NotInRuntime = CaveatAddedForReason, NotInExport = CaveatAddedForReason, Access = OfModel.Member(m => m.CaveatAddedFor) },
            new SchemaProperty("developers", ValueShape.IdList, "Developer ids (registries/developers.yaml).") { References = "developers", Access = OfModel.Member(m => m.Developers) },
            new SchemaProperty("licenses", ValueShape.IdList, "License ids (registries/licenses.yaml) of the whole family.") { References = "licenses", Access = OfModel.Member(m => m.Licenses) },
            new SchemaProperty("platform", ValueShape.LocalizedText, "Where an API model is offered (API table only).") { Access = OfModel.Member(m => m.Platform) },
            new SchemaProperty("huggingface_support", ValueShape.Text, "Whether an encoder loads with Hugging Face transformers: yes (on the Hub), convertible (a format transformers reads) or no.") { Values = ClosedSets.HuggingFaceSupport.Keys.ToArray(), Access = OfModel.Member(m => m.HuggingFaceSupport is { } support ? ClosedSetSpellings.Of(support) : null, (m, support) => m with { HuggingFaceSupport = ClosedSets.HuggingFaceSupport[support!] }) },
            new SchemaProperty("undisclosed", ValueShape.TextList, "Fields the developer has not disclosed; the list writes 不明 / Undisclosed / Non divulgué (？ for a license) there.") { Values = DisplayFields, Access = OfModel.Member(m => m.Undisclosed) },
            new SchemaProperty("variants", ValueShape.ObjectList, "The family's sizes and releases.") { Items = Variant, Access = OfModel.Member(m => m.Variants) },
            new SchemaProperty("footnotes", ValueShape.FootnoteMap, "Footnotes attached to cells: a mapping from the cell's field to a footnote id (registries/footnotes.yaml) or a list of them.") { Values = DisplayFields.Append("variants").ToArray(), References = "footnotes", Access = OfModel.Member(m => m.Footnotes) },
        }
        .Concat(CommonProperties.DisplayTexts(DisplayFields, OfModel, m => m.DisplayTexts, (m, texts) => m with { DisplayTexts = texts }))
        .Append(CommonProperties.OtherColumns(OfModel.Member(m => m.OtherColumns)))
        .Append(CommonProperties.Links())
        .Append(CommonProperties.Suppress()).ToArray());

    public static readonly SchemaFile File = new("model", "Japanese LLM catalog: model record", Record);
}
