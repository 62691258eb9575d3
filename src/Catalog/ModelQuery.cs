using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace JapaneseLlm.Catalog;

/// <summary>
/// A filter over the catalog's models, built by chaining conditions; enumerate it for the matches
/// (in id order). Each method returns a new query, so a query can be reused and extended safely.
/// </summary>
public sealed class ModelQuery : IEnumerable<Model>
{
    private readonly IEnumerable<Model> models;

    internal ModelQuery(IEnumerable<Model> models) => this.models = models;

    /// <summary>Models of the given kind.</summary>
    public ModelQuery InCategory(ModelCategory category) => Where(model => model.Category == category);

    /// <summary>Models listed in the given section (see <c>Sections</c>), or in one of its subsections.</summary>
    public ModelQuery InSection(string section) =>
        Where(model => model.Section == section || model.Section.StartsWith(section + "/", StringComparison.Ordinal));

    /// <summary>Models one of whose developers has registry id <paramref name="developerId"/>.</summary>
    public ModelQuery ByDeveloper(string developerId) => Where(model => model.Developers.Any(developer => developer.Id == developerId));

    /// <summary>Models made by <paramref name="developer"/>.</summary>
    public ModelQuery ByDeveloper(Developer developer) => ByDeveloper(developer.Id);

    /// <summary>Models published under the license with registry id <paramref name="licenseId"/> (for the family or a variant).</summary>
    public ModelQuery WithLicense(string licenseId) => Where(model => model.AllLicenses().Any(license => license.Id == licenseId));

    /// <summary>Models published under <paramref name="license"/>.</summary>
    public ModelQuery WithLicense(License license) => WithLicense(license.Id);

    /// <summary>Models whose most restrictive license terms are exactly <paramref name="use"/>.</summary>
    public ModelQuery WithCommercialUse(CommercialUse use) => Where(model => model.CommercialUse == use);

    /// <summary>Models every license of which allows commercial use, without an OpenAI-terms caveat.</summary>
    public ModelQuery CommerciallyUsable() => Where(model => model.CommercialUse == CommercialUse.Allowed && !model.HasOpenAiTermsCaveat);

    /// <summary>
    /// Models of which some size — a variant's, or the family's where the list gives one — lies in
    /// [<paramref name="minimum"/>, <paramref name="maximum"/>].
    /// </summary>
    public ModelQuery WithParameters(long minimum = 0, long maximum = long.MaxValue) =>
        Where(model => (model.Parameters is { } family && family >= minimum && family <= maximum)
            || model.Variants.Any(variant => variant.Parameters is { } count && count >= minimum && count <= maximum));

    /// <summary>Models that handle at least <paramref name="tokens"/> tokens of context.</summary>
    public ModelQuery WithContextLength(int tokens) => Where(model => model.MaxContextLength >= tokens);

    /// <summary>Models with a variant whose weights are in <paramref name="format"/> (<see cref="WeightFormat.Gguf"/> for llama.cpp, …).</summary>
    public ModelQuery WithWeightFormat(WeightFormat format) => Where(model => model.Variants.Any(variant => variant.Format == format));

    /// <summary>
    /// Models derived, directly or through other models, from the catalog model or foreign base model of id
    /// <paramref name="id"/> (<see cref="Model.Lineage"/>): <c>DerivedFrom("llama-3")</c> finds Llama 3 Swallow and the
    /// models tuned from it.
    /// </summary>
    public ModelQuery DerivedFrom(string id) => Where(model => model.DerivesFrom(id ?? throw new ArgumentNullException(nameof(id))));

    /// <summary>Models derived, directly or not, from <paramref name="model"/>.</summary>
    public ModelQuery DerivedFrom(Model model) => DerivedFrom((model ?? throw new ArgumentNullException(nameof(model))).Id);

    /// <summary>Models derived, directly or not, from the foreign base model <paramref name="baseModel"/>.</summary>
    public ModelQuery DerivedFrom(BaseModel baseModel) => DerivedFrom((baseModel ?? throw new ArgumentNullException(nameof(baseModel))).Id);

    /// <summary>Models released in <paramref name="year"/>.</summary>
    public ModelQuery InYear(int year) => Where(model => model.Year == year);

    /// <summary>Models released in or after <paramref name="year"/>.</summary>
    public ModelQuery FromYear(int year) => Where(model => model.Year >= year);

    /// <summary>
    /// Models with a variant whose repository was published on or after <paramref name="day"/>
    /// (<see cref="ModelVariant.Released"/>; a variant without a known day does not match).
    /// </summary>
    public ModelQuery ReleasedSince(DateTime day) => Where(model => model.Variants.Any(variant => variant.Released >= day.Date));

    /// <summary>Models whose architecture mentions <paramref name="architecture"/> (case-insensitive, any language).</summary>
    public ModelQuery WithArchitecture(string architecture) => Where(model => Mentions(model.Architecture, architecture));

    /// <summary>Models built on a base model that mentions <paramref name="baseModel"/> (case-insensitive, any language).</summary>
    public ModelQuery WithBaseModel(string baseModel) => Where(model => Mentions(model.BaseModel, baseModel));

    /// <summary>Models without the OpenAI-terms caveat.</summary>
    public ModelQuery WithoutOpenAiTermsCaveat() => Where(model => !model.HasOpenAiTermsCaveat);

    /// <summary>Models trained on the data set with registry id <paramref name="datasetId"/> (in any training stage).</summary>
    public ModelQuery TrainedOn(string datasetId) => Where(model => model.Datasets.Any(dataset => dataset.Id == datasetId));

    /// <summary>Models trained on <paramref name="dataset"/> (in any training stage).</summary>
    public ModelQuery TrainedOn(Dataset dataset) => TrainedOn((dataset ?? throw new ArgumentNullException(nameof(dataset))).Id);

    /// <summary>
    /// Models trained on a data set generated with the models of <paramref name="maker"/>, as the data-set registry names
    /// makers and model families (<c>openai</c>, <c>meta</c>, <c>google</c>, <c>deepseek</c>, <c>gpt-oss</c>, …; see
    /// <see cref="Dataset.GeneratedBy"/>): where another vendor's terms for its models' outputs (a naming rule, terms that
    /// follow derivatives) may reach a model.
    /// </summary>
    public ModelQuery TrainedOnOutputsOf(string maker)
    {
        if (maker is null)
        {
            throw new ArgumentNullException(nameof(maker));
        }

        return Where(model => model.Datasets.Any(dataset => dataset.GeneratedBy.Contains(maker, StringComparer.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Models whose outputs come with no vendor's output terms as far as the catalog knows: trained on no data set generated
    /// with OpenAI models and without the OpenAI-terms caveat (see <see cref="Model.HasOutputTermsRisk"/>). A model whose
    /// training data the list does not name passes; <see cref="Model.Undisclosed"/> says where that is so.
    /// </summary>
    public ModelQuery WithoutOutputTermsRisk() => Where(model => !model.HasOutputTermsRisk);

    /// <summary>Models matching an arbitrary condition.</summary>
    public ModelQuery Where(Func<Model, bool> predicate) => new(models.Where(predicate ?? throw new ArgumentNullException(nameof(predicate))));

    /// <inheritdoc/>
    public IEnumerator<Model> GetEnumerator() => models.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static bool Mentions(LocalizedText? text, string value) =>
        text is not null && (Contains(text.Japanese, value) || Contains(text.English, value) || Contains(text.French, value));

    private static bool Contains(string? text, string value) =>
        text is not null && text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0;
}
