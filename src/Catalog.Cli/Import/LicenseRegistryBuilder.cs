using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// The license registry: every known license some model refers to, with the facts from
/// the license registry (<see cref="LicenseKnowledge"/>) and, per language, the spelling the list uses most often.
/// The licenses of the foreign base models count as used: the license-inheritance rule reads them.
/// </summary>
internal static class LicenseRegistryBuilder
{
    public static List<LicenseEntry> Build(IEnumerable<ModelDraft> drafts, IEnumerable<ModelRecord> records, IEnumerable<BaseModelEntry> baseModels, LicenseKnowledge knowledge)
    {
        var spellings = drafts.SelectMany(draft => draft.LicenseSpellings).ToList();
        var used = new HashSet<string>(records.SelectMany(record => record.Licenses.Concat(record.Variants.SelectMany(variant => variant.Licenses))).Concat(baseModels.SelectMany(entry => entry.Licenses)).Select(reference => reference.Id));
        return knowledge.All
            .Where(license => used.Contains(license.Id))
            .Select(license =>
            {
                var names = spellings.Where(spelling => spelling.Id == license.Id).Select(spelling => spelling.Names).ToList();
                string Usual(CatalogLanguage language) =>
                    names.Select(name => name[language]).GroupBy(name => name).OrderByDescending(group => group.Count()).Select(group => group.Key).FirstOrDefault()
                    ?? license.Entry.Name[language] ?? license.Names[0];
                var name = new LocalizedText(Usual(CatalogLanguage.Japanese), Usual(CatalogLanguage.English), Usual(CatalogLanguage.French));
                var shown = new[] { name.Japanese, name.English, name.French }.Select(text => LicenseKnowledge.Normalize(InlineSyntax.PlainText(text ?? ""))).ToHashSet();
                var (plainName, links) = PlainTexts.WithLinks("name", name, license.Entry.Links);
                return new LicenseEntry(license.Id, "")
                {
                    Name = plainName,
                    Links = links,
                    Aliases = license.Names.Where(known => !shown.Contains(LicenseKnowledge.Normalize(known))).ToEquatableArray(),
                    Spdx = license.Entry.Spdx,
                    HuggingFaceLicense = license.Entry.HuggingFaceLicense,
                    CommercialUse = license.Entry.CommercialUse,
                    Url = license.Entry.Url,
                    Derivatives = license.Entry.Derivatives,
                };
            })
            .OrderBy(license => license.Id, System.StringComparer.Ordinal)
            .ToList();
    }
}
