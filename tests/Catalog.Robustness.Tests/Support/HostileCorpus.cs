namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>
/// The hostile inputs: the committed files under Corpus/ (byte-exact, see Corpus/.gitattributes) and the
/// large ones built in code (<see cref="GeneratedInputs"/>), each under a stable, machine-independent path.
/// </summary>
internal static class HostileCorpus
{
    public const string PathPrefix = "/corpus/";

    public static string Folder { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<CorpusText> CommittedFiles { get; } = LoadCommitted();

    public static IReadOnlyList<CorpusText> All { get; } = [.. CommittedFiles, .. GeneratedInputs.All.Select(input => input.File)];

    /// <summary>The registries every record of the corpus refers to; valid, so that records fail only for their own reasons.</summary>
    public static IReadOnlyList<CorpusText> Registries { get; } =
        CommittedFiles.Where(file => file.Path.StartsWith(PathPrefix + "registries/", StringComparison.Ordinal)).ToList();

    public static string RelativePath(string path) => path.Substring(PathPrefix.Length);

    private static List<CorpusText> LoadCommitted() =>
        Directory.EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories)
            .Select(file => System.IO.Path.GetRelativePath(Folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new CorpusText(PathPrefix + relative, File.ReadAllBytes(System.IO.Path.Combine(Folder, relative))))
            .ToList();
}
