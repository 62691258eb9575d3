using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;

/// <summary>
/// The generator tests' sample catalog as additional files under <c>/catalog/</c>, with test files added or
/// put in place of a sample file of the same path. A file's text may mark one place with ➤: the marker is
/// removed and its line and column are where a test expects its diagnostic.
/// </summary>
internal static class SampleCatalog
{
    public const string Marker = "➤";

    public static IReadOnlyList<AdditionalText> With(params (string Path, string Text)[] files)
    {
        var replaced = files.ToDictionary(file => file.Path, file => Unmarked(file.Text), StringComparer.Ordinal);
        return Files()
            .Where(file => !replaced.ContainsKey(file.Path))
            .Concat(replaced.Select(file => (file.Key, file.Value)))
            .OrderBy(file => file.Item1, StringComparer.Ordinal)
            .Select(file => (AdditionalText)new InMemoryAdditionalText(file.Item1, file.Item2))
            .ToList();
    }

    /// <summary>The sample's files: paths under <c>/catalog/</c> and their text.</summary>
    public static IEnumerable<(string Path, string Text)> Files()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Catalogs", "Sample");
        return Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => ("/catalog/" + Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllText(file)));
    }

    /// <summary>The 1-based line and column of the marker in <paramref name="marked"/>.</summary>
    public static (int Line, int Column) MarkedPosition(string marked)
    {
        var offset = marked.IndexOf(Marker, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException("The text has no " + Marker + " marker.", nameof(marked));
        }

        var before = marked.Substring(0, offset);
        var line = before.Count(character => character == '\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    public static string Unmarked(string text) => text.Replace(Marker, "", StringComparison.Ordinal);
}
