using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Tests.Infrastructure;

/// <summary>Catalog folders under Catalogs/ loaded as additional files, with stable, machine-independent paths.</summary>
internal static class TestCatalogs
{
    public static IReadOnlyList<AdditionalText> Load(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Catalogs", name);
        return Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (AdditionalText)new InMemoryAdditionalText(
                "/catalog/" + Path.GetRelativePath(folder, file).Replace('\\', '/'),
                File.ReadAllText(file)))
            .ToList();
    }

    public static AdditionalText Text(string path, string text) => new InMemoryAdditionalText(path, text);
}
