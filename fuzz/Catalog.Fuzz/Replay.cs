namespace JapaneseLlm.Catalog.Fuzz;

/// <summary>Runs the oracle over files or folders of inputs outside AFL, to reproduce a finding or check the corpus.</summary>
internal static class Replay
{
    public static int Files(IEnumerable<string> paths)
    {
        var inputs = paths.SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : [path])
            .Order(StringComparer.Ordinal)
            .ToList();
        var failures = 0;
        foreach (var input in inputs)
        {
            try
            {
                ParserOracle.Check(File.ReadAllBytes(input));
            }
            catch (Exception exception)
            {
                failures++;
                Console.WriteLine($"{input}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Console.WriteLine($"replayed {inputs.Count} inputs: {failures} failed");
        return failures == 0 ? 0 : 1;
    }
}
