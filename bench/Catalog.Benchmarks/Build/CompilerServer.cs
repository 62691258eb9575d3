using System.Diagnostics;

namespace JapaneseLlm.Catalog.Performance.Build;

/// <summary>
/// The compiler server (VBCSCompiler) that builds with UseSharedCompilation=true start and leave running.
/// The measurement ends exactly the servers that appeared during it, by process id, and no other.
/// </summary>
internal static class CompilerServer
{
    public static IReadOnlySet<int> Running() =>
        Directory.Exists("/proc")
            ? Directory.EnumerateDirectories("/proc")
                .Select(folder => int.TryParse(Path.GetFileName(folder), out var id) ? id : -1)
                .Where(id => id > 0 && IsCompilerServer(id))
                .ToHashSet()
            : new HashSet<int>();

    public static void StopStartedSince(IReadOnlySet<int> before)
    {
        foreach (var id in Running().Where(id => !before.Contains(id)))
        {
            try
            {
                using var process = Process.GetProcessById(id);
                process.Kill();
                process.WaitForExit();
            }
            catch (ArgumentException)
            {
                // It exited by itself meanwhile.
            }
        }
    }

    private static bool IsCompilerServer(int id)
    {
        try
        {
            return File.ReadAllText($"/proc/{id}/cmdline").Contains("VBCSCompiler", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
