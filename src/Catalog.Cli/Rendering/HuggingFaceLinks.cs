using System.Text.RegularExpressions;

namespace JapaneseLlm.Catalog.Cli.Rendering;

/// <summary>Hugging Face model repository links: <c>https://huggingface.co/owner/name</c> ⇄ <c>owner/name</c>.</summary>
internal static class HuggingFaceLinks
{
    private const string Hub = "https://huggingface.co/";

    // Owners that are site sections, not accounts: their URLs are not model repositories.
    private static readonly Regex ModelRepo = new(
        @"^https://huggingface\.co/(?!(?:datasets|spaces|collections|blog|docs|papers|models|organizations|settings)/)([A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*)$",
        RegexOptions.CultureInvariant);

    public static string? RepoId(string url)
    {
        var match = ModelRepo.Match(url);
        return match.Success ? match.Groups[1].Value : null;
    }

    public static string RepoUrl(string repoId) => Hub + repoId;
}
