using JapaneseLlm.Catalog.Performance.Infrastructure;

namespace JapaneseLlm.Catalog.Performance.ColdStart;

/// <summary>One of the two cold-start apps under bench/, found next to this program's own build output.</summary>
internal sealed record ColdStartApp(string Name, string ExecutablePath)
{
    public static ColdStartApp Typed { get; } = Find("Catalog.ColdStart.Typed");

    public static ColdStartApp Json { get; } = Find("Catalog.ColdStart.Json");

    /// <summary>The app built with the same configuration and framework as this program (bin/Release/net10.0 and so on).</summary>
    private static ColdStartApp Find(string name)
    {
        var ownProject = RepositoryPaths.Combine("bench", "Catalog.Benchmarks");
        var outputFolder = Path.GetRelativePath(ownProject, AppContext.BaseDirectory);
        var executable = Path.Combine(RepositoryPaths.Combine("bench", name), outputFolder, OperatingSystem.IsWindows() ? name + ".exe" : name);
        return new ColdStartApp(name, executable);
    }
}
