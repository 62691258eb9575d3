using System.Globalization;
using System.Text.RegularExpressions;

namespace JapaneseLlm.Catalog.Performance.Build;

/// <summary>
/// Reads a build log made with <c>-p:ReportAnalyzer=true -v:diag</c>: the seconds the compiler spent in the
/// catalog's generator and analyzers (summed over every compilation of the library), and the
/// total time of the Csc task from MSBuild's performance summary.
/// </summary>
internal static partial class AnalyzerReport
{
    public static (double GeneratorMs, double AnalyzersMs, double CscMs) Read(string log)
    {
        double generator = 0, analyzers = 0;
        foreach (Match line in AssemblyLine().Matches(log))
        {
            var ms = double.Parse(line.Groups["seconds"].Value, CultureInfo.InvariantCulture) * 1000;
            if (line.Groups["component"].Value == "Generator")
            {
                generator += ms;
            }
            else
            {
                analyzers += ms;
            }
        }

        var csc = CscSummary().Match(log);
        if (generator == 0 || analyzers == 0 || !csc.Success)
        {
            throw new InvalidOperationException("The build log has no analyzer report: was the library compiled (not up to date) with -p:ReportAnalyzer=true -v:diag?");
        }

        return (generator, analyzers, double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture));
    }

    // "   0.426   94   JapaneseLlm.Catalog.Generator, Version=0.1.0.0, ..." — the per-assembly line, not the per-type one below it.
    [GeneratedRegex(@"^\s*(?<seconds>[\d.]+)\s+(?:<?\d+)\s+JapaneseLlm\.Catalog\.(?<component>Generator|Analyzers), Version=", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex AssemblyLine();

    // "    38392 ms  Csc                                        2 calls"
    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CscSummary();
}
