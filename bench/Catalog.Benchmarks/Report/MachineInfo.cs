using System.Runtime.InteropServices;
using JapaneseLlm.Catalog.Performance.Build;

namespace JapaneseLlm.Catalog.Performance.Report;

/// <summary>What the figures were measured on, printed above the table.</summary>
internal static class MachineInfo
{
    public static IReadOnlyList<string> Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var sdk = DotnetCommand.Run(Path.GetTempPath(), Path.Combine(Path.GetTempPath(), "catalog-bench-dotnet-version.log"), "--version").Log.Trim();
        return
        [
            $"nproc: {Environment.ProcessorCount}",
            $"CPU: {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}",
            $"dotnet --version: {sdk}; runtime {RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription}",
            $"load average at start: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}",
        ];
    }
}
