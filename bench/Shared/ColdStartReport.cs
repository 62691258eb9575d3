using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace JapaneseLlm.Catalog.ColdStart;

/// <summary>
/// The one line a cold-start app prints for the harness: microseconds from the start of Main to the end
/// of the measured work, how many records it touched, and a checksum of what it read, so the harness can
/// check that the typed catalog and the JSON baseline did the same work on the same data. The JIT
/// figures (since the process started) show how much of a cold start is compiling code rather than reading data.
/// </summary>
internal static class ColdStartReport
{
    public static void Print(long startTimestamp, (int Records, long Checksum) work)
    {
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp);
        var jitMethods = JitInfo.GetCompiledMethodCount();
        var jitTime = JitInfo.GetCompilationTime();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"elapsed_us={elapsed.Ticks / 10} records={work.Records} checksum={work.Checksum} jit_methods={jitMethods} jit_us={jitTime.Ticks / 10}"));
    }

    /// <summary>Counts and sums what was read from each record, kind after kind.</summary>
    public static (int Records, long Checksum) Tally(params IEnumerable<long>[] kinds)
    {
        var (records, checksum) = (0, 0L);
        foreach (var kind in kinds)
        {
            foreach (var read in kind)
            {
                (records, checksum) = (records + 1, checksum + read);
            }
        }

        return (records, checksum);
    }

    public static long Length(string? text) => text?.Length ?? 0;
}
