namespace JapaneseLlm.Catalog.Performance.Build;

/// <summary>
/// Packs src/Catalog in the snapshot (after its build) and reports the .nupkg's size, with the library
/// assembly against the JSON baseline's assembly (which carries catalog.json as a resource).
/// </summary>
internal static class PackageSize
{
    public static PackageSizeResult Measure(string snapshotRoot)
    {
        var output = Path.Combine(snapshotRoot, "packages");
        DotnetCommand.Run(snapshotRoot, Path.Combine(snapshotRoot, "logs", "pack.log"), "pack", "src/Catalog/Catalog.csproj", "-c", "Release", "--no-build", "-o", output);
        var package = Directory.EnumerateFiles(output, "JapaneseLlm.Catalog.*.nupkg").Single();
        var library = Path.Combine(snapshotRoot, "src", "Catalog", "bin", "Release", "netstandard2.0", "JapaneseLlm.Catalog.dll");
        var baseline = typeof(JsonBaseline.JsonCatalog).Assembly.Location;
        return new PackageSizeResult(new FileInfo(package).Length, new FileInfo(library).Length, new FileInfo(baseline).Length);
    }
}

internal sealed record PackageSizeResult(long PackageBytes, long LibraryBytes, long BaselineLibraryBytes);
