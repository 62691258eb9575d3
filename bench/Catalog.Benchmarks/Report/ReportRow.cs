namespace JapaneseLlm.Catalog.Performance.Report;

/// <summary>One line of the suite's table: our figure, the baseline's, their ratio, the target and whether it is met.</summary>
internal sealed record ReportRow(string Measure, string Ours, string Baseline = "", string Ratio = "", string Target = "", bool? Met = null)
{
    public string MetText => Met switch { true => "yes", false => "**NO**", null => "" };
}
