using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Markdown;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Gives variants their own licenses where the list's license cell says which variant has which, so that a variant's
/// look-up reports its own terms. The cell's English lines are read: <c>base: MIT</c>, <c>instruct: CC BY-NC-SA 4.0</c>,
/// <c>(CC BY-NC 4.0 as for NC model)</c>, and <c>(… is also applied to the Instruct model)</c>, which adds to the others.
/// A line's qualifier names the variants whose label or repo name has each of its words; the one line whose qualifier
/// names none (or that has none) covers the rest. A cell read any other way (two lines that name no variant, a line
/// that names a license the family lacks) leaves the variants as they are, and the family's licenses stand for all.
/// The cell keeps its wording for rendering.
/// </summary>
internal static class VariantLicenseSplitter
{
    private static readonly Regex Labelled = new(@"^(?<qualifier>[^:()]+):\s*(?<licenses>.+)$", RegexOptions.CultureInvariant);
    private static readonly Regex AsFor = new(@"^\((?<licenses>.+?) as for (?<qualifier>.+?) models?\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex AlsoApplied = new(@"^\((?<licenses>.+?) (?:is|are) also applied to the (?<qualifier>.+?) models?\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex LineBreak = new(@"<br\s*/?>|\n", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Words = new(@"[a-z0-9]+", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> NotNames = new(System.StringComparer.Ordinal) { "model", "models", "the" };

    public static ModelRecord Apply(ModelRecord record, LicenseKnowledge licenses)
    {
        var cell = record.DisplayTexts.FirstOrDefault(text => text.Field == "licenses")?.Text.English;
        if (cell is null || record.Licenses.Count < 2 || record.Variants.Count < 2 || record.Variants.Any(variant => !variant.Licenses.IsEmpty))
        {
            return record;
        }

        var family = record.Licenses.Select(reference => reference.Id).ToList();
        var lines = LineBreak.Split(cell).Select(line => InlineSyntax.PlainText(line).Trim()).Where(line => line.Length > 0).Select(line => Read(line, licenses)).ToList();
        if (lines.Any(line => line.Licenses.Count == 0 || line.Licenses.Any(id => !family.Contains(id))))
        {
            return record;
        }

        var assigned = record.Variants.Select(_ => new List<string>()).ToList();
        var rest = lines.Where(line => !line.Additive && Covered(line, record).Count == 0).ToList();
        if (rest.Count != 1)
        {
            return record;
        }

        foreach (var line in lines.Where(line => !line.Additive && line != rest[0]))
        {
            Covered(line, record).ForEach(index => assigned[index].AddRange(line.Licenses));
        }

        for (var index = 0; index < assigned.Count; index++)
        {
            if (assigned[index].Count == 0)
            {
                assigned[index].AddRange(rest[0].Licenses);
            }
        }

        foreach (var line in lines.Where(line => line.Additive))
        {
            Covered(line, record).ForEach(index => assigned[index].AddRange(line.Licenses.Where(id => !assigned[index].Contains(id))));
        }

        var variants = record.Variants.Select((variant, index) => assigned[index].OrderBy(family.IndexOf).SequenceEqual(family)
            ? variant
            : variant with { Licenses = assigned[index].Distinct().OrderBy(family.IndexOf).Select(id => new EntryReference(id)).ToEquatableArray() });
        return record with { Variants = variants.ToEquatableArray() };
    }

    private static QualifiedLine Read(string line, LicenseKnowledge licenses)
    {
        foreach (var (pattern, additive) in new[] { (AlsoApplied, true), (AsFor, false), (Labelled, false) })
        {
            var match = pattern.Match(line);
            if (match.Success)
            {
                return new QualifiedLine(WordsOf(match.Groups["qualifier"].Value), Ids(match.Groups["licenses"].Value, licenses), additive);
            }
        }

        return new QualifiedLine(new List<string>(), Ids(line.Trim('(', ')'), licenses), false);
    }

    /// <summary>The indexes of the variants whose label and repo name have every word of the line's qualifier; none for a line without one.</summary>
    private static List<int> Covered(QualifiedLine line, ModelRecord record)
    {
        var covered = new List<int>();
        for (var index = 0; index < record.Variants.Count && line.Qualifier.Count > 0; index++)
        {
            var variant = record.Variants[index];
            var names = WordsOf(InlineSyntax.PlainText(variant.Label) + " " + variant.HuggingFaceId?.Substring(variant.HuggingFaceId.IndexOf('/') + 1));
            if (line.Qualifier.All(names.Contains))
            {
                covered.Add(index);
            }
        }

        return covered;
    }

    private static List<string> Ids(string text, LicenseKnowledge licenses) => licenses.FindAllIn(text).Select(license => license.Id).ToList();

    private static List<string> WordsOf(string text) =>
        Words.Matches(text.ToLowerInvariant()).Cast<Match>().Select(match => match.Value).Where(word => !NotNames.Contains(word)).ToList();

    private sealed record QualifiedLine(List<string> Qualifier, List<string> Licenses, bool Additive);
}
