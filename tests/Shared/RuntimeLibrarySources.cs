namespace JapaneseLlm.Catalog.Testing;

/// <summary>
/// The hand-written sources of the runtime library (src/Catalog and its subfolders, without build output), in
/// path order: what the generator's tests and benchmarks compile beside its output, as the library build does.
/// Linked into the generator tests and the benchmarks. Json/ (the JSON contract) is left out: it needs
/// System.Text.Json's source generator, which these compilations do not run; the real build and its tests cover it.
/// </summary>
internal static class RuntimeLibrarySources
{
    public static IEnumerable<string> Files(string libraryFolder) =>
        Directory.EnumerateFiles(libraryFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsLeftOut(Path.GetRelativePath(libraryFolder, file)))
            .Order(StringComparer.Ordinal);

    private static bool IsLeftOut(string relativePath) =>
        relativePath.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relativePath.StartsWith("Json" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relativePath.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
