using System.Globalization;
using System.Text;
using JapaneseLlm.Catalog.Cli.Yaml;

namespace JapaneseLlm.Catalog.Cli.Sync;

/// <summary>
/// Marks a model record the list no longer has as withdrawn, by appending <c>withdrawn</c> and <c>withdrawn_reason</c>
/// to its text: every other line, comments included, stays as it was. The reason says where the fact comes from, so
/// a reviewer can check it (and replace it with the model card's own statement where there is one).
/// </summary>
internal static class GoneRecordWithdrawal
{
    public const string DateKey = "withdrawn";

    public static bool IsWithdrawn(string path, string text) => TopLevelEntries.Read(path, text)?.Find(DateKey) is not null;

    /// <summary>The record's text marked withdrawn on <paramref name="date"/>; null for a file the reader cannot split or one already withdrawn.</summary>
    public static string? MarkWithdrawn(string path, string text, System.DateTime date)
    {
        var entries = TopLevelEntries.Read(path, text);
        if (entries is null || entries.Find(DateKey) is not null)
        {
            return null;
        }

        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var marked = new StringBuilder(text);
        if (text.Length > 0 && !text.EndsWith("\n", System.StringComparison.Ordinal))
        {
            marked.Append('\n');
        }

        marked.Append(DateKey).Append(": ").Append(YamlWriter.Quote(day)).Append('\n');
        marked.Append("withdrawn_reason: ").Append(YamlWriter.Quote(Reason(day))).Append('\n');
        return marked.ToString();
    }

    private static string Reason(string day) =>
        $"Gone from the list (llm-jp/awesome-japanese-llm) at the sync of {day}; check the model's repository and replace this with the reason it states.";
}
