using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Parsing;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>Reads parameter sizes the list writes: <c>(**46.7b**)</c>, <c>(**30b-A3B**)</c>, bold sizes in variant labels.</summary>
internal static class SizeText
{
    private static readonly Regex TrailingFamilySize = new(@"^(.*?)\s*(?:<br>)?\s*\(\*\*([0-9.]+[bB])(?:-[aA]([0-9.]+[bB]))?\*\*\)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    private static readonly Regex BoldPart = new(@"\*\*([^*]+)\*\*", RegexOptions.CultureInvariant);
    private static readonly Regex SizeToken = new(@"(?<![A-Za-z0-9.])([0-9]+(?:\.[0-9]+)?[bBmM])(?![A-Za-z0-9])", RegexOptions.CultureInvariant);
    private static readonly Regex ExactInParentheses = new(@"\(([0-9]+(?:\.[0-9]+)?[bBmM])\)", RegexOptions.CultureInvariant);
    private static readonly Regex ActiveSuffix = new(@"^([0-9]+(?:\.[0-9]+)?[bB])-[aA]([0-9]+(?:\.[0-9]+)?[bB])$", RegexOptions.CultureInvariant);
    private static readonly Regex LeadingSize = new(@"^([0-9]+(?:\.[0-9]+)?[bBmM])(?![A-Za-z0-9x])", RegexOptions.CultureInvariant);

    /// <summary>Splits <c>Llama 3.1 (**70b**)</c> into the text and the family's size.</summary>
    public static (string Text, long? Parameters, long? Active) SplitFamilySize(string cell)
    {
        var match = TrailingFamilySize.Match(cell.Trim());
        if (!match.Success || !ParameterCount.TryParse(match.Groups[2].Value, out var total))
        {
            return (cell.Trim(), null, null);
        }

        long? active = match.Groups[3].Success && ParameterCount.TryParse(match.Groups[3].Value, out var activeCount) ? activeCount : null;
        return (match.Groups[1].Value.Trim(), total, active);
    }

    /// <summary>
    /// The size a variant label states: the bold part (<c>**172b**-instruct</c>, <c>8x70b (**465b**)</c>), the exact
    /// size in parentheses (<c>**7b(6.8b)**</c>), active parameters (<c>**32b-a3b**</c>), else a leading size (<c>150m</c>).
    /// </summary>
    public static (long? Parameters, long? Active) FromLabel(string label)
    {
        var bold = BoldPart.Match(label);
        var text = bold.Success ? bold.Groups[1].Value : null;
        if (text is not null)
        {
            var active = ActiveSuffix.Match(text);
            if (active.Success && ParameterCount.TryParse(active.Groups[1].Value, out var total) && ParameterCount.TryParse(active.Groups[2].Value, out var activeCount))
            {
                return (total, activeCount);
            }

            var exact = ExactInParentheses.Match(text);
            var token = exact.Success ? exact.Groups[1].Value : SizeToken.Match(text) is { Success: true } any ? any.Groups[1].Value : null;
            return token is not null && ParameterCount.TryParse(token, out var count) ? (count, null) : (null, null);
        }

        var leading = LeadingSize.Match(label);
        return leading.Success && ParameterCount.TryParse(leading.Groups[1].Value, out var leadingCount) ? (leadingCount, null) : (null, null);
    }
}
