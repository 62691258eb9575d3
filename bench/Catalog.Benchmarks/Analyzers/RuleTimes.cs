using System.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Rules;
using JapaneseLlm.Catalog.Authoring.Validation;
using JapaneseLlm.Catalog.Performance.Infrastructure;

namespace JapaneseLlm.Catalog.Performance.Analyzers;

/// <summary>
/// Where the cross-file pass of a keystroke spends its time on the real catalog: the validator and each content rule,
/// run over the same parses again and again (as the language server and the analyzers do between keystrokes), medians
/// of many runs. A guide for which rule to make cheaper, not a benchmark row.
/// </summary>
internal static class RuleTimes
{
    public static int Print(int runs = 41)
    {
        var files = CatalogFolder.ReadRealCatalog().Select(file => CatalogParser.Parse(file.Path, file.Text)).ToList();
        var year = DateTime.UtcNow.Year;
        var steps = new List<(string Name, Action Run)>
        {
            ("CatalogValidator", () => CatalogValidator.Validate(files)),
            ("CatalogRuleContext", () => _ = new CatalogRuleContext(files, year)),
        };
        var context = new CatalogRuleContext(files, year);
        foreach (var rule in CatalogChecker.ContentRules)
        {
            steps.Add((rule.GetType().Name, () => rule.Check(context, new RuleReporter(new CatalogLocations(files)))));
        }

        steps.Add(("CatalogChecker.CheckAcrossFiles", () => CatalogChecker.CheckAcrossFiles(files, year)));
        Console.WriteLine($"{files.Count} files, median of {runs} runs after a warm-up");
        foreach (var (name, run) in steps)
        {
            run();
            var times = Enumerable.Range(0, runs).Select(_ => Time(run)).Order().ToList();
            Console.WriteLine($"{times[runs / 2],9:F3} ms  {name}");
        }

        return 0;
    }

    private static double Time(Action run)
    {
        var watch = Stopwatch.StartNew();
        run();
        return watch.Elapsed.TotalMilliseconds;
    }
}
