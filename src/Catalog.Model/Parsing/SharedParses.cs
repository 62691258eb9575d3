using System;
using System.Runtime.CompilerServices;

namespace JapaneseLlm.Catalog.Model.Parsing;

/// <summary>
/// One parse per file text for the generator and the analyzers together. The compiler hands both the same
/// text object for a file and loads this assembly once for both (it is their shared dependency), so the
/// analyzers reuse the generator's parse in a build, and the IDE reuses an unchanged file's parse on every
/// keystroke. Keyed weakly by the text object: a text that is no longer used takes its parse with it.
/// </summary>
public static class SharedParses
{
    private static readonly ConditionalWeakTable<object, ParsedFile> ByText = new();

    /// <summary>The parse of <paramref name="text"/> (Roslyn's <c>SourceText</c>), made on first request.</summary>
    public static ParsedFile Parse<TText>(TText text, string path, Func<TText, string> read)
        where TText : class
    {
        if (ByText.TryGetValue(text, out var parsed) && parsed.Path == path)
        {
            return parsed;
        }

        parsed = CatalogParser.Parse(path, read(text));
        try
        {
            ByText.Add(text, parsed);
        }
        catch (ArgumentException)
        {
            // Another thread parsed the same text first, or the text is shared by two paths: both parses are right.
        }

        return parsed;
    }
}
