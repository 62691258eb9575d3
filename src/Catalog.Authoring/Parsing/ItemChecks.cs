using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// What a list item must satisfy beyond its keys' shapes, where the list has such a condition: a suppression names
/// a content rule that exists; a row has one cell per other column; a section's column has a key exactly when
/// its cells are other columns.
/// </summary>
internal static class ItemChecks
{
    /// <summary>The ids a record may suppress: the content rules that exist, so a typo is not accepted silently.</summary>
    private static readonly IReadOnlyList<string> ContentRuleIds =
        CatalogRules.All.Select(rule => rule.Id).Where(id => Regex.IsMatch(id, ValuePatterns.ContentRuleId)).OrderBy(id => id, System.StringComparer.Ordinal).ToList();

    public static bool Accept(MappingReader item, SchemaObject schema, object value, IReadOnlyList<object> kept) => value switch
    {
        RuleSuppression suppression when schema == CommonProperties.Suppression => Accept(item, suppression),
        FieldText cell when schema == CommonProperties.OtherColumn => Accept(item, cell, kept),
        SectionColumn column => Accept(item, column),
        _ => true,
    };

    private static bool Accept(MappingReader item, RuleSuppression suppression)
    {
        if (!ContentRuleIds.Contains(suppression.RuleId))
        {
            item.Report(CatalogRules.InvalidValue, item.SpanOf("rule"), "rule", suppression.RuleId, $"no content rule has this id; they are {ContentRuleIds[0]} to {ContentRuleIds[ContentRuleIds.Count - 1]} (docs/diagnostics)");
            return false;
        }

        return true;
    }

    private static bool Accept(MappingReader item, SectionColumn column)
    {
        var isOther = column.Field == SectionColumn.OtherField;
        if (isOther && column.Key is null)
        {
            item.Node("key", required: true);
            return false;
        }

        if (!isOther && column.Key is { } key)
        {
            item.Report(CatalogRules.InvalidValue, item.SpanOf("key"), "key", key, $"only a column of field '{SectionColumn.OtherField}' has a key; the '{column.Field}' column's cells are that field");
            return false;
        }

        return true;
    }

    private static bool Accept(MappingReader item, FieldText cell, IReadOnlyList<object> kept)
    {
        if (kept.Cast<FieldText>().Any(other => other.Field == cell.Field))
        {
            item.Report(CatalogRules.InvalidValue, item.SpanOf("column"), "column", cell.Field, "each column has one cell in a row; merge the two entries");
            return false;
        }

        return true;
    }
}
