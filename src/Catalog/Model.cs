using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace JapaneseLlm.Catalog;

/// <summary>A model family as one row of the list: its facts, its size variants, who made it and under which license.</summary>
public sealed partial class Model
{
    /// <summary>Creates a model from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    public Model(ModelValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Id = RequiredValue.Of(values.Id, nameof(ModelValues.Id));
        Name = RequiredValue.Of(values.Name, nameof(ModelValues.Name));
        Url = values.Url;
        Urls = values.Urls;
        Category = values.Category;
        Section = RequiredValue.Of(values.Section, nameof(ModelValues.Section));
        ReleaseYear = values.Year;
        Announced = values.Announced;
        Withdrawn = values.Withdrawn;
        WithdrawnReason = values.WithdrawnReason;
        Domain = values.Domain;
        Architecture = values.Architecture;
        BaseModel = values.BaseModel;
        BaseModels = values.BaseModels ?? Array.Empty<BaseModelLink>();
        ContextLengths = values.ContextLengths ?? Array.Empty<ContextLength>();
        TrainingData = values.TrainingData;
        Developers = values.Developers ?? Array.Empty<Developer>();
        Licenses = values.Licenses ?? Array.Empty<License>();
        Platform = values.Platform;
        HuggingFaceSupport = values.HuggingFaceSupport;
        Variants = values.Variants ?? Array.Empty<ModelVariant>();
        foreach (var variant in Variants)
        {
            variant.Family = this;
        }

        Datasets = values.Datasets ?? Array.Empty<Dataset>();
        TrainingStages = values.TrainingStages ?? Array.Empty<TrainingStage>();
        Footnotes = values.Footnotes ?? Array.Empty<FootnoteAttachment>();
        Parameters = values.Parameters;
        ActiveParameters = values.ActiveParameters;
        Undisclosed = values.Undisclosed ?? Array.Empty<string>();
    }

    /// <summary>Creates a model; kept so that code compiled against 0.1.0 still binds. Use <see cref="Model(ModelValues)"/>.</summary>
    [Obsolete(ObsoleteConstructor.Message)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Model(
        string id,
        LocalizedName name,
        string? url,
        ModelCategory category,
        string section,
        int year,
        DateTime? announced,
        LocalizedText? domain,
        LocalizedText? architecture,
        LocalizedText? baseModel,
        IReadOnlyList<ContextLength> contextLengths,
        LocalizedText? trainingData,
        IReadOnlyList<Developer> developers,
        IReadOnlyList<License> licenses,
        LocalizedText? platform,
        HuggingFaceSupport huggingFaceSupport,
        IReadOnlyList<ModelVariant> variants,
        IReadOnlyList<Dataset> datasets,
        IReadOnlyList<FootnoteAttachment> footnotes,
        long? parameters = null,
        long? activeParameters = null,
        IReadOnlyList<string>? undisclosed = null)
        : this(new ModelValues
        {
            Id = id,
            Name = name,
            Url = url,
            Category = category,
            Section = section,
            Year = year,
            Announced = announced,
            Domain = domain,
            Architecture = architecture,
            BaseModel = baseModel,
            ContextLengths = contextLengths,
            TrainingData = trainingData,
            Developers = developers,
            Licenses = licenses,
            Platform = platform,
            HuggingFaceSupport = huggingFaceSupport,
            Variants = variants,
            Datasets = datasets,
            Footnotes = footnotes,
            Parameters = parameters,
            ActiveParameters = activeParameters,
            Undisclosed = undisclosed,
        })
    {
    }

    /// <summary>The record id, e.g. <c>llm-jp-3-172b</c>.</summary>
    public string Id { get; }

    /// <summary>The family's name as the list shows it.</summary>
    public LocalizedName Name { get; }

    /// <summary>The announcement or model page the list links.</summary>
    public string? Url { get; }

    /// <summary>The page per language, where the list's languages link to different pages; null when one page serves all (<see cref="Url"/>, the English one).</summary>
    public LocalizedText? Urls { get; }

    /// <summary>The kind of model.</summary>
    public ModelCategory Category { get; }

    /// <summary>The id of the list's section the row sits in (see <c>Sections</c>).</summary>
    public string Section { get; }

    /// <summary>The year of release; 0 where the catalog has none (<see cref="ReleaseYear"/> says which).</summary>
    public int Year => ReleaseYear ?? 0;

    /// <summary>The year of release; null where no source gives it (the catalog never guesses one).</summary>
    public int? ReleaseYear { get; }

    /// <summary>The announcement date, where known.</summary>
    public DateTime? Announced { get; }

    /// <summary>When the model was withdrawn (repository removed, access revoked, retired); null while it is available.</summary>
    public DateTime? Withdrawn { get; }

    /// <summary>Why it was withdrawn, and where that is stated.</summary>
    public string? WithdrawnReason { get; }

    /// <summary>Whether the model was withdrawn; its member in <c>Models</c> is then <c>[Obsolete]</c>.</summary>
    public bool IsWithdrawn => Withdrawn is not null;

    /// <summary>The domain of a domain-specific model (e.g. medicine, finance).</summary>
    public LocalizedText? Domain { get; }

    /// <summary>The architecture as the list names it.</summary>
    public LocalizedText? Architecture { get; }

    /// <summary>The base model(s) of a continually trained, post-trained or merged model, as the list words them (see <see cref="BaseModels"/> for the references).</summary>
    public LocalizedText? BaseModel { get; }

    /// <summary>The models this one derives directly from, each a catalog model or a foreign base model (<c>BaseModels</c>), with how.</summary>
    public IReadOnlyList<BaseModelLink> BaseModels { get; }

    /// <summary>
    /// Every ancestor: the bases, their bases, and so on, nearest first, each once. A model derived from Llama 3 Swallow
    /// lists Llama 3 Swallow and then Llama 3.
    /// </summary>
    public IReadOnlyList<BaseModelLink> Lineage => BaseModelLink.Transitive(BaseModels);

    /// <summary>Whether the model or foreign base model of id <paramref name="id"/> is among this model's ancestors.</summary>
    public bool DerivesFrom(string id)
    {
        foreach (var ancestor in Lineage)
        {
            if (ancestor.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The licenses that apply to <paramref name="variant"/>: its own where it has them, else the family's.</summary>
    public IReadOnlyList<License> LicensesOf(ModelVariant variant) =>
        (variant ?? throw new ArgumentNullException(nameof(variant))).Licenses.Count > 0 ? variant.Licenses : Licenses;

    /// <summary>Context lengths in tokens, per variant where they differ.</summary>
    public IReadOnlyList<ContextLength> ContextLengths { get; }

    /// <summary>The longest context length, if any is recorded.</summary>
    public int? MaxContextLength
    {
        get
        {
            int? max = null;
            foreach (var length in ContextLengths)
            {
                max = max is null || length.Tokens > max ? length.Tokens : max;
            }

            return max;
        }
    }

    /// <summary>The training data as the list describes it.</summary>
    public LocalizedText? TrainingData { get; }

    /// <summary>The developers.</summary>
    public IReadOnlyList<Developer> Developers { get; }

    /// <summary>The licenses of the whole family (variants may add their own).</summary>
    public IReadOnlyList<License> Licenses { get; }

    /// <summary>For models offered as an API: where.</summary>
    public LocalizedText? Platform { get; }

    /// <summary>For encoders: whether they load directly with Hugging Face transformers.</summary>
    public HuggingFaceSupport HuggingFaceSupport { get; }

    /// <summary>The sizes and releases of the family.</summary>
    public IReadOnlyList<ModelVariant> Variants { get; }

    /// <summary>Training data sets the registry knows: those of every training stage.</summary>
    public IReadOnlyList<Dataset> Datasets { get; }

    /// <summary>
    /// The training as stages, each with its data sets (<see cref="Dataset"/> entries of the registry), the tokens trained
    /// on and the variants it applies to, read from the list's training-data cell; <see cref="TrainingData"/> keeps the
    /// cell's wording. Empty where the cell names no data set and no token count.
    /// </summary>
    public IReadOnlyList<TrainingStage> TrainingStages { get; }

    /// <summary>Whether <paramref name="dataset"/> (a registry entry, compared by id) is among the model's training data.</summary>
    public bool IsTrainedOn(Dataset dataset)
    {
        if (dataset is null)
        {
            throw new ArgumentNullException(nameof(dataset));
        }

        foreach (var candidate in Datasets)
        {
            if (candidate.Id == dataset.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the model's outputs come with a vendor's output terms: it was trained on a data set generated with OpenAI
    /// models (whose terms of use restrict using outputs to develop competing models), or it carries the OpenAI-terms
    /// caveat. <see cref="TrainingStages"/> say which stage, and which variants, the data set was used for.
    /// </summary>
    public bool HasOutputTermsRisk
    {
        get
        {
            if (HasOpenAiTermsCaveat)
            {
                return true;
            }

            foreach (var dataset in Datasets)
            {
                if (dataset.IsGeneratedByOpenAiModels)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="variant"/>'s outputs come with a vendor's output terms. Where the training stages place the
    /// OpenAI-generated data, only the variants those stages apply to carry the risk (PLaMo-13B's Alpaca stage is the NC
    /// variant's); otherwise, or for a data set no stage names, it is the model's (<see cref="HasOutputTermsRisk"/>).
    /// </summary>
    public bool HasOutputTermsRiskFor(ModelVariant variant)
    {
        if (variant is null)
        {
            throw new ArgumentNullException(nameof(variant));
        }

        var placed = new HashSet<string>(StringComparer.Ordinal);
        var placesOpenAiData = false;
        var risky = false;
        foreach (var stage in TrainingStages)
        {
            foreach (var dataset in stage.Datasets)
            {
                placed.Add(dataset.Id);
            }

            placesOpenAiData |= stage.UsesOpenAiGeneratedData;
            risky |= stage.UsesOpenAiGeneratedData && stage.AppliesToVariant(variant);
        }

        if (!placesOpenAiData)
        {
            return HasOutputTermsRisk;
        }

        foreach (var dataset in Datasets)
        {
            risky |= dataset.IsGeneratedByOpenAiModels && !placed.Contains(dataset.Id);
        }

        return risky;
    }

    /// <summary>Footnotes attached to fields of this row.</summary>
    public IReadOnlyList<FootnoteAttachment> Footnotes { get; }

    /// <summary>The family's size where the list states one for it (e.g. the base model's size), rather than per variant.</summary>
    public long? Parameters { get; }

    /// <summary>Parameters active per token, for a mixture-of-experts family.</summary>
    public long? ActiveParameters { get; }

    /// <summary>
    /// The fields the developer has not disclosed (YAML names: <c>training_data</c>, <c>licenses</c>, …); the list
    /// writes 不明 / Undisclosed / Non divulgué there.
    /// </summary>
    public IReadOnlyList<string> Undisclosed { get; }

    /// <summary>The largest parameter count among the family and its variants, if any is known.</summary>
    public long? MaxParameters => FamilyAndVariants.LargestSize(Parameters, Variants, static variant => variant.Parameters);

    /// <summary>Whether the developer has not disclosed <paramref name="field"/> (a YAML field name such as <c>training_data</c>).</summary>
    public bool IsUndisclosed(string field)
    {
        foreach (var undisclosed in Undisclosed)
        {
            if (undisclosed == field)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most restrictive commercial-use terms among the family's and its variants' licenses.</summary>
    public CommercialUse CommercialUse => CommercialUses.MostRestrictive(AllLicenses().Select(license => license.CommercialUse));

    /// <summary>
    /// True when the list warns that the model was tuned on data generated by OpenAI models and may breach
    /// OpenAI's terms of use.
    /// </summary>
    public bool HasOpenAiTermsCaveat
    {
        get
        {
            foreach (var attachment in Footnotes)
            {
                if (attachment.Footnote.IsOpenAiTermsCaveat)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The family's licenses followed by any variant-specific ones, without repeats.</summary>
    public IEnumerable<License> AllLicenses() =>
        FamilyAndVariants.Licenses(Licenses, Variants, static variant => variant.Licenses, static license => license.Id);

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
