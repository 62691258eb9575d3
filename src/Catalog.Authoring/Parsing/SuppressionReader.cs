using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Reads <c>suppress:</c>, a list of <c>{ rule: JLLM02xx, reason: … }</c>. A reason is required: a finding is
/// accepted in the data only together with why, where the next reader of the record sees it.
/// </summary>
internal static class SuppressionReader
{
    private static readonly Regex ContentRuleId = new(ValuePatterns.ContentRuleId, RegexOptions.CultureInvariant);

    /// <summary>The ids a record may suppress: the content rules that exist, so a typo is not accepted silently.</summary>
    private static readonly IReadOnlyList<string> ContentRuleIds =
        CatalogRules.All.Select(rule => rule.Id).Where(id => ContentRuleId.IsMatch(id)).OrderBy(id => id, System.StringComparer.Ordinal).ToList();

    public static EquatableArray<RuleSuppression> Read(MappingReader reader)
    {
        var suppressions = new List<RuleSuppression>();
        foreach (var mapping in reader.Mappings("suppress"))
        {
            var item = reader.Nested(mapping, CommonProperties.Suppression.Name, CommonProperties.Suppression.Keys);
            var rule = item.String("rule", required: true);
            var reason = item.String("reason", required: true);
            item.ReportUnknownKeys();
            if (rule is not null && !ContentRuleId.IsMatch(rule))
            {
                item.Report(CatalogRules.InvalidValue, item.SpanOf("rule"), "rule", rule, "only content rules (JLLM0201 and up, JLLM02xx) can be suppressed in a record; fix format and reference errors instead");
            }
            else if (rule is not null && !ContentRuleIds.Contains(rule))
            {
                item.Report(CatalogRules.InvalidValue, item.SpanOf("rule"), "rule", rule, $"no content rule has this id; they are {ContentRuleIds[0]} to {ContentRuleIds[ContentRuleIds.Count - 1]} (docs/diagnostics)");
            }
            else if (reason is not null && reason.Trim().Length == 0)
            {
                item.Report(CatalogRules.InvalidValue, item.SpanOf("reason"), "reason", reason, "write why the finding is accepted");
            }
            else if (rule is not null && reason is not null)
            {
                reader.Locate("suppress", item.SpanOf("rule"));
                suppressions.Add(new RuleSuppression(rule, reason));
            }

            reader.Absorb(item);
        }

        return suppressions.ToEquatableArray();
    }
}
