using JapaneseLlm.Catalog.Fuzz;
using SharpFuzz;

// Under afl-fuzz (fuzz/run.sh): one forked run per input, coverage from the sharpfuzz-instrumented assemblies.
// With file arguments: replays inputs (a corpus or a crash AFL saved) and prints what each one breaks.
if (args.Length > 0)
{
    return Replay.Files(args);
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    ParserOracle.Check(buffer.ToArray());
});
return 0;
