using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Json;

namespace JapaneseLlm.Catalog.Cli.Compiled;

/// <summary>A model record beside what the runtime's <see cref="Model"/> compiled from it says of it.</summary>
public sealed class CompiledModel
{
    private readonly Model model;
    private readonly IReadOnlyDictionary<string, LicenseEntry> licenses;

    internal CompiledModel(ModelRecord record, Model model, IReadOnlyDictionary<string, LicenseEntry> licenses)
    {
        Record = record;
        this.model = model;
        this.licenses = licenses;
    }

    public ModelRecord Record { get; }

    /// <summary>
    /// The runtime's <see cref="Model"/>, for the tests that hold it to what the generator compiles from the same record;
    /// typed object so that a test project without a reference to the runtime can walk it.
    /// </summary>
    internal object Runtime => model;

    /// <summary><c>Model.Category</c>: its section's, or its nearest ancestor section's.</summary>
    public Authoring.Records.ModelCategory Category => (Authoring.Records.ModelCategory)model.Category;

    /// <summary><c>Model.CommercialUse</c>: the most restrictive terms of the family's and the variants' licenses.</summary>
    public Authoring.Records.CommercialUse CommercialUse => (Authoring.Records.CommercialUse)model.CommercialUse;

    /// <summary><c>Model.HasOpenAiTermsCaveat</c>.</summary>
    public bool HasOpenAiTermsCaveat => model.HasOpenAiTermsCaveat;

    /// <summary><c>Model.HasOutputTermsRisk</c>: the caveat, or a data set generated with OpenAI models.</summary>
    public bool HasOutputTermsRisk => model.HasOutputTermsRisk;

    /// <summary><c>Model.MaxParameters</c>: the largest size of the family and its variants.</summary>
    public long? MaxParameters => model.MaxParameters;

    /// <summary><c>Model.MaxContextLength</c>.</summary>
    public int? MaxContextLength => model.MaxContextLength;

    /// <summary><c>Model.AllLicenses()</c>: the family's, then the variants' own, each once.</summary>
    public IReadOnlyList<LicenseEntry> Licenses => model.AllLicenses().Select(license => licenses[license.Id]).ToList();

    /// <summary><c>Model.BaseModels</c>, spelled as the JSON contract spells them.</summary>
    public IReadOnlyList<LineageLink> BaseModels =>
        model.BaseModels.Select(link => new LineageLink(link.Id, CatalogJson.Kind(link), CatalogJson.Spelling(link.Relation))).ToList();

    /// <summary>The ids of <c>Model.Lineage</c>: every ancestor, nearest first, each once.</summary>
    public IReadOnlyList<string> Lineage => model.Lineage.Select(link => link.Id).ToList();

    /// <summary>Every size the list gives: the family's, then each variant's.</summary>
    public IEnumerable<long> Sizes() =>
        (model.Parameters is { } family ? new[] { family } : Enumerable.Empty<long>())
            .Concat(model.Variants.Where(variant => variant.Parameters is not null).Select(variant => variant.Parameters!.Value));
}
