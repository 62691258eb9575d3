using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Lookup;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// The licenses the importer recognises in the list's license column: the license registry's entries, by their names
/// in every language and their aliases (compared without case and markup, with non-breaking hyphens read as hyphens).
/// A name the registry does not know is reported as an unknown license, never guessed; a maintainer teaches the
/// importer a spelling by adding it to the entry's <c>aliases</c>.
/// </summary>
internal sealed class LicenseKnowledge
{
    public LicenseKnowledge(IEnumerable<LicenseEntry> registry) =>
        All = registry
            .Select(entry => new KnownLicense(
                entry,
                new[] { entry.Name.Japanese, entry.Name.English, entry.Name.French }.Concat(entry.Aliases)
                    .Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => InlineSyntax.PlainText(name!)).Distinct().ToList()))
            .ToList();

    public IReadOnlyList<KnownLicense> All { get; }

    public KnownLicense? Find(string name)
    {
        var key = Normalize(name);
        return All.FirstOrDefault(license => license.Names.Any(known => Normalize(known) == key));
    }

    /// <summary>Every known license whose name occurs in a free-form cell, in the order they occur.</summary>
    public IReadOnlyList<KnownLicense> FindAllIn(string text)
    {
        var normalized = Normalize(text);
        var found = new List<(int Position, KnownLicense License)>();
        foreach (var license in All)
        {
            var positions = license.Names.Select(name => normalized.IndexOf(Normalize(name), StringComparison.Ordinal)).Where(position => position >= 0).ToList();
            if (positions.Count > 0)
            {
                found.Add((positions.Min(), license));
            }
        }

        // A name inside a longer one ("Llama 3 …" is not inside "Llama 3.1 …", but "CC BY-NC" is inside "CC BY-NC 4.0").
        return found
            .Where(candidate => !found.Any(other => other.License != candidate.License && other.License.Names.Any(longer =>
                Normalize(longer).Contains(Normalize(candidate.License.Names[0])) && Normalize(longer).Length > Normalize(candidate.License.Names[0]).Length
                && normalized.Contains(Normalize(longer)))))
            .OrderBy(candidate => candidate.Position)
            .Select(candidate => candidate.License)
            .ToList();
    }

    /// <summary>The look-ups' comparison form (<see cref="LookupText.Normalize"/>), with the list's non-breaking-hyphen entity read as a hyphen.</summary>
    public static string Normalize(string name) => LookupText.Normalize(name.Replace("&#x2011;", "-"));
}

/// <summary>A registry license with the spellings it is recognised by.</summary>
internal sealed record KnownLicense(LicenseEntry Entry, IReadOnlyList<string> Names)
{
    public string Id => Entry.Id;
}
