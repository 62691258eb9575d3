using System.Globalization;

namespace JapaneseLlm.Catalog.Performance.Report;

/// <summary>How the table writes numbers: invariant culture, three significant figures for times.</summary>
internal static class Units
{
    public static string Ms(double value) => value switch
    {
        >= 100 => value.ToString("0", CultureInfo.InvariantCulture) + " ms",
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture) + " ms",
        _ => value.ToString("0.00", CultureInfo.InvariantCulture) + " ms",
    };

    public static string Ns(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " ns";

    public static string Bytes(long value) => value switch
    {
        < 0 => "n/a",
        >= 1024 * 1024 => (value / 1024.0 / 1024.0).ToString("0.00", CultureInfo.InvariantCulture) + " MiB",
        >= 1024 => (value / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        _ => value.ToString(CultureInfo.InvariantCulture) + " B",
    };

    public static string Ratio(double ours, double baseline) => (ours / baseline).ToString("0.00", CultureInfo.InvariantCulture) + "×";

    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
