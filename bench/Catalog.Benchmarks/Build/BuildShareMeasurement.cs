using JapaneseLlm.Catalog.Performance.Infrastructure;
using JapaneseLlm.Catalog.Testing;

namespace JapaneseLlm.Catalog.Performance.Build;

/// <summary>
/// Real <c>dotnet build</c>s of src/Catalog in a snapshot of the repository, with the compiler reporting the
/// time spent in each generator and analyzer. First a clean build (restore, the Roslyn components, the
/// library); then, <paramref name="edits"/> times, the build a maintainer runs after editing one YAML file,
/// where only the library compiles. Those builds run twice: with this workplace's
/// UseSharedCompilation=false (every compilation a fresh csc process, as on CI) and with the compiler server
/// most developers have (UseSharedCompilation=true, measured once the server is warm).
/// </summary>
internal sealed class BuildShareMeasurement(string snapshotFolder, int edits)
{
    public BuildShareResult Run()
    {
        var root = RepositorySnapshot.Create(RepositoryPaths.Root, snapshotFolder);
        var logs = Directory.CreateDirectory(Path.Combine(snapshotFolder, "logs")).FullName;
        var clean = Build(root, Path.Combine(logs, "clean.log"), "-p:UseSharedCompilation=false");

        // The build after a restore recompiles the Roslyn components once more (their assembly info is
        // regenerated); settle that before timing the builds a maintainer sees.
        DotnetCommand.Run(root, Path.Combine(logs, "settle.log"), "build", "src/Catalog/Catalog.csproj", "-c", "Release", "--no-restore", "-p:UseSharedCompilation=false");

        var file = YamlKeystroke.PickModelFile(CatalogFolder.Read(Path.Combine(root, "catalog")));
        var typed = YamlKeystroke.Type(file.Text);
        var keystrokes = 0;
        List<BuildSample> AfterEdits(string label, string compilerSetting, int count) =>
            Enumerable.Range(0, count).Select(build =>
            {
                File.WriteAllText(file.Path, keystrokes++ % 2 == 0 ? typed : file.Text);
                return Build(root, Path.Combine(logs, $"{label}-{build}.log"), compilerSetting, "--no-restore");
            }).ToList();

        var coldCompiler = AfterEdits("edit", "-p:UseSharedCompilation=false", edits);
        var serversBefore = CompilerServer.Running();
        List<BuildSample> withServer;
        try
        {
            // The first build starts the server and pays its start-up: not what a developer's next build sees.
            withServer = AfterEdits("server", "-p:UseSharedCompilation=true", edits + 1).Skip(1).ToList();
        }
        finally
        {
            CompilerServer.StopStartedSince(serversBefore);
            File.WriteAllText(file.Path, file.Text);
        }

        return new BuildShareResult(root, clean, coldCompiler, withServer);
    }

    private static BuildSample Build(string root, string logPath, params string[] options)
    {
        var (wallMs, log) = DotnetCommand.Run(root, logPath, ["build", "src/Catalog/Catalog.csproj", "-c", "Release", "-p:ReportAnalyzer=true", "-v:diag", .. options]);
        var (generatorMs, analyzersMs, cscMs) = AnalyzerReport.Read(log);
        return new BuildSample(wallMs, generatorMs, analyzersMs, cscMs);
    }
}

/// <summary>The clean build and the builds after one-file edits (fresh csc processes, then the warm compiler server).</summary>
internal sealed record BuildShareResult(string SnapshotRoot, BuildSample Clean, IReadOnlyList<BuildSample> AfterEdit, IReadOnlyList<BuildSample> AfterEditWithServer)
{
    public static BuildSample Median(IReadOnlyList<BuildSample> samples) => samples.OrderBy(sample => sample.ShareOfBuild).ElementAt(samples.Count / 2);
}
