namespace JapaneseLlm.Catalog.Cli.Charts;

/// <summary>The charts <c>jllm chart --kind</c> draws.</summary>
internal static class ChartKind
{
    public const string Timeline = "timeline";

    public const string PerYear = "per-year";

    public static readonly string[] Names = { Timeline, PerYear };
}
