using System.Globalization;
using System.Linq;
using System.Text;

namespace JapaneseLlm.Catalog.Cli.Sync;

/// <summary>The review of a sync in markdown, written to read as a pull request's description.</summary>
internal static class SyncSummary
{
    public static string Format(SyncPlan plan, string source)
    {
        var text = new StringBuilder();
        text.Append("## Sync with the list\n\n");
        text.Append(CultureInfo.InvariantCulture, $"From `{source}`: {Count(plan.NewRecords.Count, "new record")}, {Count(plan.ChangedRecords.Count, "changed record")}, {Count(plan.GoneRecords.Count, "record")} gone from the list, {Count(plan.RegistryAdditions.Sum(addition => addition.Ids.Count), "registry entry", "registry entries")} added.\n");
        if (!plan.IsBehind && plan.GoneRecords.Count == 0 && plan.BackInTheList.Count == 0)
        {
            text.Append("\nThe catalog is up to date with the list.\n");
            return text.ToString();
        }

        Section(text, "New records", plan.NewRecords.Select(path => $"`{path}`"));
        Section(text, "Changed (keys the list owns; the catalog's own keys are kept)", plan.ChangedRecords.Select(change => $"`{change.Path}`: {string.Join(", ", change.Keys)}"));
        Section(text, "Marked withdrawn (gone from the list; review the reason)", plan.Withdrawn.Select(path => $"`{path}`"));
        Section(text, "Gone from the list (kept: mark them withdrawn with --withdraw-gone, or remove them in review)", plan.GoneRecords.Except(plan.Withdrawn).Select(path => $"`{path}`"));
        Section(text, "Back in the list but marked withdrawn (remove 'withdrawn' if it returned)", plan.BackInTheList.Select(path => $"`{path}`"));
        Section(text, "Table columns changed (the sections registry follows the list)", plan.ChangedLayouts.Select(id => $"`{id}`"));
        Section(text, "Registry entries added", plan.RegistryAdditions.Select(addition => $"`{addition.Path}`: {string.Join(", ", addition.Ids)}"));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string heading, System.Collections.Generic.IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        text.Append("\n### ").Append(heading).Append("\n\n");
        foreach (var item in items)
        {
            text.Append("- ").Append(item).Append('\n');
        }
    }

    private static string Count(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
