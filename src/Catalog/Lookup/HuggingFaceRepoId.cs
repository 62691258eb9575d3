using System;

namespace JapaneseLlm.Catalog.Lookup;

/// <summary>
/// Reads the forms in which people hold a Hugging Face model repository: <c>owner/name</c>, or a link to it
/// (<c>https://huggingface.co/owner/name</c>, <c>hf.co/owner/name/tree/main</c>, with or without scheme,
/// <c>www.</c>, a trailing slash, a query or a fragment). Links to data sets and Spaces are not models.
/// </summary>
internal static class HuggingFaceRepoId
{
    private static readonly string[] Hosts = ["huggingface.co/", "hf.co/"];

    public static bool TryRead(string text, out string repoId)
    {
        repoId = string.Empty;
        var rest = text.Trim();
        rest = CutAt(CutAt(rest, '#'), '?');
        rest = StripPrefix(rest, "https://") ?? StripPrefix(rest, "http://") ?? rest;
        rest = StripPrefix(rest, "www.") ?? rest;
        foreach (var host in Hosts)
        {
            if (StripPrefix(rest, host) is { } path)
            {
                return TryReadPath(path, out repoId);
            }
        }

        // Not a link: only a bare owner/name, so that other sites' links are never taken for Hub ids.
        return rest.IndexOf(':') < 0 && TryReadPath(rest, out repoId) && rest.TrimEnd('/').Split('/').Length == 2;
    }

    private static bool TryReadPath(string path, out string repoId)
    {
        repoId = string.Empty;
        var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || segments[0] is "datasets" or "spaces" or "collections" or "papers" or "docs")
        {
            return false;
        }

        var name = segments[1].EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? segments[1].Substring(0, segments[1].Length - 4) : segments[1];
        if (name.Length == 0)
        {
            return false;
        }

        repoId = segments[0] + "/" + name;
        return true;
    }

    private static string CutAt(string text, char mark)
    {
        var index = text.IndexOf(mark);
        return index < 0 ? text : text.Substring(0, index);
    }

    private static string? StripPrefix(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? text.Substring(prefix.Length) : null;
}
