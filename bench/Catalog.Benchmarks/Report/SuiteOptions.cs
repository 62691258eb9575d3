using System.Globalization;

namespace JapaneseLlm.Catalog.Performance.Report;

/// <summary>
/// How much the suite repeats: fresh-process launches per cold-start scenario (at least 20 for stable
/// medians), generator first-run probes, and library builds after an edit; and whether to build at all.
/// </summary>
internal sealed record SuiteOptions(int Launches = 25, int FirstRunLaunches = 7, int Builds = 3, bool MeasureBuild = true)
{
    public static SuiteOptions Parse(IReadOnlyList<string> arguments)
    {
        var options = new SuiteOptions();
        for (var index = 0; index < arguments.Count; index++)
        {
            options = arguments[index] switch
            {
                "--launches" => options with { Launches = Number(arguments, ++index) },
                "--first-run-launches" => options with { FirstRunLaunches = Number(arguments, ++index) },
                "--builds" => options with { Builds = Number(arguments, ++index) },
                "--no-build-share" => options with { MeasureBuild = false },
                var unknown => throw new ArgumentException($"Unknown option {unknown}. Options: --launches N, --first-run-launches N, --builds N, --no-build-share"),
            };
        }

        return options;
    }

    private static int Number(IReadOnlyList<string> arguments, int index) =>
        index < arguments.Count ? int.Parse(arguments[index], CultureInfo.InvariantCulture) : throw new ArgumentException($"{arguments[index - 1]} needs a number");
}
