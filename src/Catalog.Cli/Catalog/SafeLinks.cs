using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Rules;

namespace JapaneseLlm.Catalog.Cli.Catalog;

/// <summary>
/// Which links jllm writes: only absolute http(s) URLs, the test JLLM0214 applies. A <c>javascript:</c> link must
/// never reach a rendered page or an export, also where the finding is suppressed or the catalog was not checked,
/// so every writer asks here and every command that writes says what it left out (issue 17).
/// </summary>
internal static class SafeLinks
{
    public static bool IsSafe(string? url) => EntryLinks.IsWritable(url);

    /// <summary>The URL, or null when it may not be written.</summary>
    public static string? Safe(string? url) => IsSafe(url) ? url : null;

    /// <summary>One line per link of the catalog that the writers leave out, naming the record, the key and why.</summary>
    public static IReadOnlyList<string> LeftOut(CatalogContent catalog) =>
        catalog.Entries
            .SelectMany(entry => EntryLinks.Unsafe(entry).Select(link => (Entry: entry, link.Path, link.Url, link.Problem)))
            .Select(link => $"{link.Entry.Path}: {link.Entry.KindName} '{link.Entry.Id}' has '{link.Path}' = '{link.Url}', which is not an absolute http(s) URL (JLLM0214); it is not written: {link.Problem}")
            .ToList();
}
