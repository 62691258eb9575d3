namespace JapaneseLlm.Catalog.Testing;

/// <summary>
/// The hand-written sources of the runtime library (src/Catalog and its subfolders, without build output), in
/// path order: what the generator's tests and benchmarks compile beside its output, as the library build does.
/// Linked into the generator tests and the benchmarks.
/// </summary>
internal static class RuntimeLibrarySources
{
    public static IEnumerable<string> Files(string libraryFolder) =>
        Directory.EnumerateFiles(libraryFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(Path.GetRelativePath(libraryFolder, file)))
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relativePath.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
