using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Query;

/// <summary>
/// A model record with the facts the runtime's <c>Model</c> derives from the whole catalog: its category
/// (from its section, as the generator assigns it), its licenses' most restrictive terms, the OpenAI-terms caveat and the output-terms risk (the caveat, or a data set generated with OpenAI models). Each is computed as
/// src/Catalog/Model.cs and the generator compute it, so that <c>jllm query</c> and <c>ModelQuery</c> agree.
/// </summary>
internal sealed record ModelFacts(
    ModelRecord Record,
    ModelCategory Category,
    IReadOnlyList<LicenseEntry> Licenses,
    CommercialUse CommercialUse,
    bool HasOpenAiTermsCaveat)
{
    /// <summary>The direct bases, resolved as the runtime's <c>Model.BaseModels</c>.</summary>
    public IReadOnlyList<LineageLink> BaseModels { get; init; } = Array.Empty<LineageLink>();

    /// <summary>Every ancestor, nearest first (<c>Model.Lineage</c>).</summary>
    public IReadOnlyList<LineageLink> Lineage { get; init; } = Array.Empty<LineageLink>();

    /// <summary>The OpenAI-terms caveat, or a data set generated with OpenAI models, as <c>Model.HasOutputTermsRisk</c>.</summary>
    public bool HasOutputTermsRisk { get; init; }

    public int? MaxContextLength => Record.ContextLengths.Count == 0 ? null : Record.ContextLengths.Max(length => length.Tokens);

    /// <summary>The largest size among the family's and its variants', as <c>Model.MaxParameters</c>.</summary>
    public long? MaxParameters => Sizes().Cast<long?>().DefaultIfEmpty(null).Max();

    /// <summary>Every size the list gives: the family's, then each variant's.</summary>
    public IEnumerable<long> Sizes()
    {
        if (Record.Parameters is { } family)
        {
            yield return family;
        }

        foreach (var variant in Record.Variants)
        {
            if (variant.Parameters is { } count)
            {
                yield return count;
            }
        }
    }

    /// <summary>Every model of the catalog in id order, as the runtime lists them.</summary>
    public static IReadOnlyList<ModelFacts> All(CatalogContent catalog)
    {
        var categories = ModelCategories.BySection(catalog.Sections);
        var caveats = new HashSet<string>(catalog.Footnotes.Where(footnote => footnote.OpenAiTermsCaveat).Select(footnote => footnote.Id), StringComparer.Ordinal);
        var lineage = new CatalogLineage(catalog);
        var openAiGenerated = new HashSet<string>(catalog.Datasets.Where(dataset => dataset.GeneratedBy.Contains("openai")).Select(dataset => dataset.Id), StringComparer.Ordinal);
        return catalog.Models
            .OrderBy(model => model.Id, StringComparer.Ordinal)
            .Select(model =>
            {
                var licenses = AllLicenseIds(model).Where(catalog.LicensesById.ContainsKey).Select(id => catalog.LicensesById[id]).ToList();
                return new ModelFacts(
                    model,
                    categories.TryGetValue(model.Section, out var category) ? category : ModelCategory.TextGeneration,
                    licenses,
                    CommercialUses.MostRestrictive(licenses.Select(license => license.CommercialUse)),
                    model.Footnotes.Any(footnote => caveats.Contains(footnote.FootnoteId)))
                {
                    BaseModels = lineage.BasesOf(model),
                    Lineage = lineage.LineageOf(model),
                    HasOutputTermsRisk = model.Footnotes.Any(footnote => caveats.Contains(footnote.FootnoteId)) || model.Datasets.Any(dataset => openAiGenerated.Contains(dataset.Id)),
                };
            })
            .ToList();
    }

    /// <summary>The family's licenses, then the variants' own, without repeats (<c>Model.AllLicenses</c>).</summary>
    private static IEnumerable<string> AllLicenseIds(ModelRecord model) =>
        model.Licenses.Select(reference => reference.Id)
            .Concat(model.Variants.SelectMany(variant => variant.Licenses).Select(reference => reference.Id))
            .Distinct(StringComparer.Ordinal);
}
