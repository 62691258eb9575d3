using System.Collections.Immutable;
using JapaneseLlm.Catalog.Performance.ColdStart;
using JapaneseLlm.Catalog.Performance.Infrastructure;
using JapaneseLlm.Catalog.Generator;
using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Performance.Generator;

/// <summary>
/// Which steps a one-file YAML edit recomputes, read from the driver's step tracking: the evidence for
/// "only that file's steps are not cached", and where the keystroke's time goes. The benchmarks time the
/// keystroke without tracking, which has a cost of its own.
/// </summary>
internal sealed record IncrementalityCheck(IReadOnlyList<StepCount> Steps, string EditedPath)
{
    /// <summary>Steps whose items are one YAML file or one generated file: after the edit, exactly one item of each may be recomputed.</summary>
    private static readonly string[] PerRecordSteps = [CatalogGenerator.ParseStep, CatalogGenerator.FileRecordsStep, CatalogGenerator.ModelFilesStep, "SourceOutput"];

    /// <summary>
    /// The one catalog-wide step a keystroke re-runs: the records regrouped into their generated files, over one hash
    /// per record. Listed so that the check says so rather than hiding it among the per-file steps.
    /// </summary>
    private static readonly string[] RegroupingSteps = [CatalogGenerator.RecordGroupsStep];

    /// <summary>
    /// Steps that hold no fact the edit changes, so must stay cached: the catalog-wide step among them, as the
    /// typed digit is no cross-file fact (an id or a reference).
    /// </summary>
    private static readonly string[] UntouchedSteps =
    [
        CatalogGenerator.CrossFileFactsStep, CatalogGenerator.ValidateStep, CatalogGenerator.BenchmarkFilesStep, CatalogGenerator.PaperFilesStep,
        CatalogGenerator.RegistrySpecStep, CatalogGenerator.TableSpecStep,
    ];

    /// <summary>
    /// Repeats the keystroke from the same warm state. Step times are medians over the second half of the
    /// runs (the first half lets the JIT reach optimized code); the reasons are those of the last run.
    /// </summary>
    public static IncrementalityCheck Run(IReadOnlyList<InMemoryAdditionalText> catalog, int runs = 200)
    {
        var scenario = new GeneratorScenario(catalog, trackSteps: true);
        var results = Enumerable.Range(0, runs).Select(_ => scenario.RunAfterYamlKeystroke().GetRunResult().Results.Single()).Skip(runs / 2).ToList();

        // Output steps appear in both dictionaries.
        IEnumerable<KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>>> Steps(GeneratorRunResult result) =>
            result.TrackedSteps.Concat(result.TrackedOutputSteps).DistinctBy(step => step.Key);

        var steps = Steps(results[^1])
            .Select(step => StepCount.Of(
                step.Key,
                step.Value,
                ColdStartMeasurement.Median(results.Select(result => Steps(result).Single(other => other.Key == step.Key).Value.Sum(run => run.ElapsedTime.TotalMilliseconds)))))
            .OrderBy(step => step.Name, StringComparer.Ordinal)
            .ToList();
        return new IncrementalityCheck(steps, scenario.EditedPath);
    }

    public bool OnlyEditedFileRecomputed =>
        PerRecordSteps.Concat(RegroupingSteps).All(name => Recomputed(name) == 1) && UntouchedSteps.All(name => Recomputed(name) == 0);

    public string Describe() => string.Join("; ", Steps.Select(step => step.ToString()));

    private int Recomputed(string name) => Steps.FirstOrDefault(step => step.Name == name)?.Recomputed ?? 0;
}

/// <summary>
/// The outputs of one named step by run reason. <c>Cached</c>: not run at all. <c>Unchanged</c>: run again,
/// same value, so what follows stays cached. Anything else was recomputed with a new value.
/// </summary>
internal sealed record StepCount(string Name, IReadOnlyDictionary<IncrementalStepRunReason, int> ByReason, double ElapsedMs)
{
    public static StepCount Of(string name, IReadOnlyList<IncrementalGeneratorRunStep> runs, double elapsedMs) =>
        new(name, runs.SelectMany(run => run.Outputs).GroupBy(output => output.Reason).ToDictionary(group => group.Key, group => group.Count()), elapsedMs);

    public int Recomputed => ByReason.Where(pair => pair.Key is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).Sum(pair => pair.Value);

    public override string ToString() =>
        $"{Name}: " + string.Join(", ", ByReason.OrderBy(pair => pair.Key).Select(pair => $"{pair.Value} {pair.Key.ToString().ToLowerInvariant()}"))
        + string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({ElapsedMs:0.000} ms)");
}
