using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// One parse per file text for the generator and the analyzers together. The compiler hands both the same
/// text object for a file and loads this assembly once for both (it is their shared dependency), so the
/// analyzers reuse the generator's parse in a build, and the IDE reuses an unchanged file's parse on every
/// keystroke.
/// </summary>
/// <remarks>
/// Keeps the latest parse of each path with the text object it was made from: another text of that path is
/// parsed anew and replaces it. Plain strong references on purpose: a weak table keyed by the text needs a
/// dependent GC handle per file, which every collection must trace (at 10,000 files that was over a quarter of
/// the generator's garbage collection pauses), and what is kept is one parse per catalog file, which the
/// compiler's pipeline holds anyway.
/// </remarks>
public static class SharedParses
{
    /// <summary>Far above any catalog's file count: only renamed or deleted paths accumulate, and this bounds them.</summary>
    private const int MaxPaths = 100_000;

    private static readonly Dictionary<string, Latest> ByPath = new(StringComparer.Ordinal);

    /// <summary>The parse of <paramref name="text"/> (Roslyn's <c>SourceText</c>), made on first request.</summary>
    public static ParsedFile Parse<TText>(TText text, string path, Func<TText, string> read)
        where TText : class
    {
        lock (ByPath)
        {
            if (ByPath.TryGetValue(path, out var latest) && ReferenceEquals(latest.Text, text))
            {
                return latest.Parse;
            }
        }

        var parsed = CatalogParser.Parse(path, read(text));
        lock (ByPath)
        {
            if (ByPath.Count >= MaxPaths)
            {
                ByPath.Clear();
            }

            ByPath[path] = new Latest(text, parsed);
        }

        return parsed;
    }

    private sealed class Latest(object text, ParsedFile parse)
    {
        public object Text { get; } = text;

        public ParsedFile Parse { get; } = parse;
    }
}
