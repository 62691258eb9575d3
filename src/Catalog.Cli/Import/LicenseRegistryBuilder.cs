using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Model;
using JapaneseLlm.Catalog.Model.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// The license registry: every known license some model refers to, with the facts from
/// <see cref="LicenseKnowledge"/> and, per language, the spelling the list uses most often.
/// </summary>
internal static class LicenseRegistryBuilder
{
    public static List<LicenseEntry> Build(IEnumerable<ModelDraft> drafts, IEnumerable<ModelRecord> records)
    {
        var spellings = drafts.SelectMany(draft => draft.LicenseSpellings).ToList();
        var used = new HashSet<string>(records.SelectMany(record => record.Licenses.Concat(record.Variants.SelectMany(variant => variant.Licenses))).Select(reference => reference.Id));
        return LicenseKnowledge.All
            .Where(license => used.Contains(license.Id))
            .Select(license =>
            {
                var names = spellings.Where(spelling => spelling.Id == license.Id).Select(spelling => spelling.Names).ToList();
                string Usual(Language language) =>
                    names.Select(name => name[language]).GroupBy(name => name).OrderByDescending(group => group.Count()).Select(group => group.Key).FirstOrDefault()
                    ?? license.Names[0];
                var name = new LocalizedText(Usual(Language.Ja), Usual(Language.En), Usual(Language.Fr));
                var shown = new[] { name.Ja, name.En, name.Fr }.Select(text => LicenseKnowledge.Normalize(text ?? "")).ToHashSet();
                return new LicenseEntry(license.Id, "", default)
                {
                    Name = name,
                    Aliases = license.Names.Where(known => !shown.Contains(LicenseKnowledge.Normalize(known))).ToEquatableArray(),
                    Spdx = license.Spdx,
                    HuggingFaceLicense = license.HuggingFace,
                    CommercialUse = license.CommercialUse,
                    Url = license.Url,
                };
            })
            .OrderBy(license => license.Id, System.StringComparer.Ordinal)
            .ToList();
    }
}
