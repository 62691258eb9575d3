using System.Globalization;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>Reads parameter counts as the list writes them: <c>172B</c>, <c>1.8b</c>, <c>310m</c>, <c>1T</c> or a plain integer.</summary>
public static class ParameterCount
{
    private static readonly (string Suffix, long Scale)[] Scales = { ("T", 1_000_000_000_000L), ("B", 1_000_000_000L), ("M", 1_000_000L), ("K", 1_000L) };

    public static bool TryParse(string text, out long count)
    {
        count = 0;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var multiplier = char.ToUpperInvariant(trimmed[trimmed.Length - 1]) switch
        {
            'K' => 1e3m,
            'M' => 1e6m,
            'B' => 1e9m,
            'T' => 1e12m,
            _ => 1m,
        };
        var number = multiplier == 1m ? trimmed : trimmed.Substring(0, trimmed.Length - 1);
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return false;
        }

        // Refuse before multiplying: decimal itself overflows for the largest inputs.
        if (value > long.MaxValue / multiplier)
        {
            return false;
        }

        var result = value * multiplier;
        if (result > long.MaxValue || result != decimal.Truncate(result))
        {
            return false;
        }

        count = (long)result;
        return true;
    }

    /// <summary>The short form used in YAML and docs: <c>172B</c>, <c>1.8B</c>, <c>310M</c>.</summary>
    public static string Format(long count)
    {
        foreach (var (suffix, scale) in Scales)
        {
            if (count >= scale)
            {
                // Most sizes are whole multiples: those need no decimal arithmetic.
                return count % scale == 0
                    ? (count / scale).ToString(CultureInfo.InvariantCulture) + suffix
                    : ((decimal)count / scale).ToString("0.###", CultureInfo.InvariantCulture) + suffix;
            }
        }

        return count.ToString(CultureInfo.InvariantCulture);
    }
}
