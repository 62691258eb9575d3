namespace JapaneseLlm.Catalog.Performance.ColdStart;

/// <summary>An app and what it is asked to do: <c>first &lt;model id&gt;</c>, <c>hf &lt;repo id&gt;</c> or <c>all</c>.</summary>
internal sealed record ColdStartScenario(ColdStartApp App, string Task, IReadOnlyList<string> Arguments)
{
    public static IReadOnlyList<ColdStartScenario> ForBothApps(string modelId, string repoId) =>
        [.. new[] { ColdStartApp.Typed, ColdStartApp.Json }.SelectMany(app => new[]
        {
            new ColdStartScenario(app, "first", ["first", modelId]),
            new ColdStartScenario(app, "hf", ["hf", repoId]),
            new ColdStartScenario(app, "all", ["all"]),
        })];

    public override string ToString() => $"{App.Name} {string.Join(' ', Arguments)}";
}
