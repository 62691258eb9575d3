using System.Globalization;

namespace JapaneseLlm.Catalog.Performance.ColdStart;

/// <summary>One launch: the app's own measure from Main (and its JIT figures), and the whole process's wall time.</summary>
internal sealed record ColdStartSample(double InProcessMs, double WallMs, int Records, long Checksum, int JitMethods, double JitMs)
{
    /// <summary>Reads the line ColdStartReport prints: <c>elapsed_us=… records=… checksum=… jit_methods=… jit_us=…</c>.</summary>
    public static ColdStartSample Parse(string line, double wallMs)
    {
        var fields = line.Trim().Split(' ').Select(field => field.Split('=')).ToDictionary(pair => pair[0], pair => long.Parse(pair[1], CultureInfo.InvariantCulture));
        return new ColdStartSample(fields["elapsed_us"] / 1000.0, wallMs, (int)fields["records"], fields["checksum"], (int)fields["jit_methods"], fields["jit_us"] / 1000.0);
    }
}
