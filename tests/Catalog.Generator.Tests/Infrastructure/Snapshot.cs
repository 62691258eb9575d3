using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace JapaneseLlm.Catalog.Tests.Infrastructure;

/// <summary>
/// Compares text with a committed <c>*.verified.cs</c> file under Snapshots/. On a difference (or a missing
/// file, even on CI) it writes <c>*.received.cs</c> next to it and fails with a line diff; accept a change
/// by renaming the received file to verified.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(SourcePath(callerFile))!, "Snapshots");
        var verifiedPath = Path.Combine(folder, name + ".verified.cs");
        var receivedPath = Path.Combine(folder, name + ".received.cs");
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, actual);
        if (expected is null)
        {
            throw new XunitException($"No snapshot {verifiedPath}. The output was written to {receivedPath}: review it and rename it to .verified.cs.");
        }

        throw new XunitException($"Snapshot {name} differs; received output in {receivedPath}.\n{Diff(expected, actual)}");
    }

    /// <summary>
    /// The caller's file on disk. CI builds map source paths to "/_/" (ContinuousIntegrationBuild), so a
    /// mapped path is resolved against the repository root.
    /// </summary>
    private static string SourcePath(string callerFile) =>
        callerFile.StartsWith("/_/", StringComparison.Ordinal) ? RepositoryPaths.Combine(callerFile.Substring(3).Split('/')) : callerFile;

    private static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        var shown = 0;
        for (var index = 0; index < model.Lines.Count && shown < 60; index++)
        {
            var line = model.Lines[index];
            if (line.Type is ChangeType.Inserted or ChangeType.Deleted)
            {
                builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position).Append(": ").AppendLine(line.Text);
                shown++;
            }
        }

        return builder.ToString();
    }
}
