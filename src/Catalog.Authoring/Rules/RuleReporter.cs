using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// Collects what the content rules find. A finding about an entry that suppresses the rule is dropped
/// (and the suppression marked as used); suppressions that dropped nothing are reported at the end.
/// </summary>
public sealed class RuleReporter(CatalogLocations locations)
{
    private readonly List<CatalogDiagnostic> diagnostics = new();
    private readonly HashSet<string> usedSuppressions = new(System.StringComparer.Ordinal);

    /// <summary>Where <paramref name="entry"/> is written, to place a finding about it.</summary>
    public EntryLocations Locate(CatalogEntry entry) => locations.Of(entry);

    public IReadOnlyList<CatalogDiagnostic> Diagnostics => diagnostics;

    public void Report(CatalogRule rule, CatalogEntry subject, SourceSpan span, params object[] arguments)
    {
        foreach (var suppression in subject.Suppressions)
        {
            if (suppression.RuleId == rule.Id)
            {
                usedSuppressions.Add(EntryKey.Of(subject, Locate(subject), rule.Id));
                return;
            }
        }

        diagnostics.Add(CatalogDiagnostic.Create(rule, subject.Path, span, arguments));
    }

    /// <summary>Reports the suppressions of <paramref name="entries"/> that no finding used.</summary>
    public void ReportUnusedSuppressions(IEnumerable<CatalogEntry> entries)
    {
        foreach (var entry in entries)
        {
            var where = Locate(entry);
            for (var index = 0; index < entry.Suppressions.Count; index++)
            {
                var suppression = entry.Suppressions[index];
                if (!usedSuppressions.Contains(EntryKey.Of(entry, where, suppression.RuleId)))
                {
                    diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.UnusedSuppression, entry.Path, where.ItemSpan("suppress", index), Describe.Kind(entry), entry.Id, suppression.RuleId));
                }
            }
        }
    }
}
