using BenchmarkDotNet.Running;
using JapaneseLlm.Catalog.Performance.Generator;
using JapaneseLlm.Catalog.Performance.Infrastructure;
using JapaneseLlm.Catalog.Performance.Report;
using JapaneseLlm.Catalog.Performance.Synthetic;

// bench/run.sh calls "report". The other commands run one part by hand.
return args switch
{
    ["report", .. var options] => PerformanceSuite.Run(SuiteOptions.Parse(options)),
    ["bdn", .. var switcherArguments] => Switch(switcherArguments),
    ["rule-times"] => JapaneseLlm.Catalog.Performance.Analyzers.RuleTimes.Print(),
    ["incrementality"] => PrintIncrementality(CatalogFolder.ReadRealCatalog()),
    ["incrementality", var models] => PrintIncrementality(SyntheticCatalog.Create(int.Parse(models, System.Globalization.CultureInfo.InvariantCulture)), runs: 20),
    ["synthesize", var models, var folder] => Synthesize(int.Parse(models, System.Globalization.CultureInfo.InvariantCulture), folder),
    [FirstRunProbe.Command] => Probe(),
    [CpuTimeProbe.Command, .. var sizes] => CpuTime(sizes),
    _ => Usage(),
};

static int Switch(string[] arguments)
{
    BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(arguments);
    return 0;
}

// Step tracking at 10,000 files makes each run slow: a synthetic catalog gets fewer runs.
static int PrintIncrementality(IReadOnlyList<InMemoryAdditionalText> catalog, int runs = 200)
{
    var check = IncrementalityCheck.Run(catalog, runs);
    Console.WriteLine($"Keystroke in {check.EditedPath}");
    Console.WriteLine(check.Describe().Replace("; ", Environment.NewLine, StringComparison.Ordinal));
    Console.WriteLine($"Only the edited file's steps recomputed: {check.OnlyEditedFileRecomputed}");
    return check.OnlyEditedFileRecomputed ? 0 : 1;
}

static int Synthesize(int models, string folder)
{
    SyntheticCatalog.Write(models, folder);
    Console.WriteLine($"Wrote a synthetic catalog of {models} models to {Path.GetFullPath(folder)}");
    return 0;
}

static int CpuTime(string[] sizes)
{
    CpuTimeProbe.Print("real catalog", CatalogFolder.ReadRealCatalog());
    CpuTimeProbe.PrintLanguageServer();
    foreach (var models in sizes.Select(size => int.Parse(size, System.Globalization.CultureInfo.InvariantCulture)))
    {
        CpuTimeProbe.Print($"{models} synthetic models", SyntheticCatalog.Create(models));
    }

    return 0;
}

static int Probe()
{
    FirstRunProbe.MeasureHere();
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Catalog.Benchmarks report [--launches N] [--first-run-launches N] [--builds N] [--no-build-share]
               Catalog.Benchmarks bdn [BenchmarkDotNet arguments, e.g. --filter *Lookup*]
               Catalog.Benchmarks incrementality [synthetic models]
               Catalog.Benchmarks synthesize <models> <folder>
               Catalog.Benchmarks cpu-time [synthetic models...]
               Catalog.Benchmarks rule-times
        """);
    return 2;
}
