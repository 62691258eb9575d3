using System.Globalization;
using System.Text;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>Lowercase ASCII ids from names: <c>Example-LM-3 172B</c> → <c>example-lm-3-172b</c>.</summary>
internal static class Slug
{
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(character);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '+' or '_')
            {
                slug.Append(lower);
            }
            else if (slug.Length > 0 && slug[slug.Length - 1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-', '.', '_', '+');
    }

    /// <summary>The slug cut after its last whole word that fits in <paramref name="maxLength"/> (mid-word only when even the first word does not).</summary>
    public static string Shorten(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', maxLength);
        var shortened = cut > 0 ? slug.Substring(0, cut) : slug.Substring(0, maxLength);
        return shortened.TrimEnd('-', '.', '_', '+');
    }
}
