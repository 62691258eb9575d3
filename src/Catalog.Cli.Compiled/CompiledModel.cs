using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
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

    /// <summary>The model as the JSON export writes it (<see cref="CompiledCatalog.Json"/>), into <paramref name="writer"/>.</summary>
    public void WriteJson(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, Document(), CatalogJsonContext.Readable.ModelDocument);

    /// <summary>The model as the JSON export writes it, parsed, for a writer that flattens it (the CSV).</summary>
    public JsonElement JsonElement() => JsonSerializer.SerializeToElement(Document(), CatalogJsonContext.Default.ModelDocument);

    /// <summary>The model's page: <c>Model.Url</c>, else the first <c>ModelVariant.Url</c> (a variant's own link, else its Hugging Face page).</summary>
    public string? Link => model.Url ?? model.Variants.Select(variant => variant.Url).FirstOrDefault(url => url is not null);

    /// <summary><c>Model.Category</c>: its section's, or its nearest ancestor section's.</summary>
    public Authoring.Records.ModelCategory Category => (Authoring.Records.ModelCategory)model.Category;

    /// <summary><c>Model.CommercialUse</c>: the most restrictive terms of the family's and the variants' licenses.</summary>
    public Authoring.Records.CommercialUse CommercialUse => (Authoring.Records.CommercialUse)model.CommercialUse;

    /// <summary><c>Model.HasOpenAiTermsCaveat</c>.</summary>
    public bool HasOpenAiTermsCaveat => model.HasOpenAiTermsCaveat;

    /// <summary><c>Model.MaxParameters</c>: the largest size of the family and its variants.</summary>
    public long? MaxParameters => model.MaxParameters;

    /// <summary><c>Model.MaxContextLength</c>.</summary>
    public int? MaxContextLength => model.MaxContextLength;

    /// <summary><c>Model.AllLicenses()</c>: the family's, then the variants' own, each once.</summary>
    public IReadOnlyList<LicenseEntry> Licenses => model.AllLicenses().Select(license => licenses[license.Id]).ToList();

    private ModelDocument Document() => WritableLinks.Keep(CatalogJson.ToDocument(model));

    /// <summary>Every size the list gives: the family's, then each variant's.</summary>
    public IEnumerable<long> Sizes() =>
        (model.Parameters is { } family ? new[] { family } : Enumerable.Empty<long>())
            .Concat(model.Variants.Where(variant => variant.Parameters is not null).Select(variant => variant.Parameters!.Value));
}
