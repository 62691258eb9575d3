using System.Diagnostics;

namespace JapaneseLlm.Catalog.Performance.Build;

/// <summary>Runs the dotnet CLI in a folder, keeps its whole output in a log file and times it.</summary>
internal static class DotnetCommand
{
    public static (double WallMs, string Log) Run(string workingDirectory, string logPath, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wallMs = clock.Elapsed.TotalMilliseconds;
        var log = output + error.GetAwaiter().GetResult();
        File.WriteAllText(logPath, log);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed with {process.ExitCode}; see {logPath}");
        }

        return (wallMs, log);
    }
}
