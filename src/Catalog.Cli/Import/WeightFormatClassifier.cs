using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Reads a variant's weight format from its repository name, as the Hub's authors spell it (<c>-GGUF</c>,
/// <c>-AWQ-INT4</c>, <c>-GPTQ-8bit</c>): the format from the schema's closed set, the bits where stated, and the
/// sibling variant whose name is the same without them, which it was quantized from.
/// </summary>
internal static class WeightFormatClassifier
{
    private static readonly Regex Bits = new(@"^(?:(\d{1,2})bits?|int(\d{1,2})|q(\d)(?:_\w+)?|w(\d{1,2})a\d{1,2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The format of the variant <paramref name="repoId"/> (<c>owner/name</c>) of a family whose variants are
    /// <paramref name="siblings"/>; the words for full precision and for an unnamed quantization are the vocabulary
    /// registry's (<see cref="ListWords.FullPrecision"/>, <see cref="ListWords.Quantized"/>).
    /// </summary>
    public static WeightFormatReading Classify(string repoId, IReadOnlyCollection<string> siblings, ListWords words)
    {
        var name = repoId.Substring(repoId.IndexOf('/') + 1);
        var tokens = Regex.Split(name, "[-_.]");
        string? format = null;
        int? bits = null;
        var firstMarker = -1;
        var unreadable = new List<string>();
        for (var index = 0; index < tokens.Length; index++)
        {
            var token = tokens[index];
            var isFormat = format is null && ClosedSets.WeightFormats.Contains(token.ToLowerInvariant()) && !token.Equals("full", StringComparison.OrdinalIgnoreCase);
            var bitMatch = Bits.Match(token);
            if (isFormat)
            {
                format = token.ToLowerInvariant();
            }
            else if (bitMatch.Success)
            {
                bits = int.Parse(bitMatch.Groups.Cast<Group>().Skip(1).First(group => group.Success).Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (words.Matches(ListWords.Quantized, token))
            {
                unreadable.Add(token);
            }
            else if (!words.Matches(ListWords.FullPrecision, token))
            {
                continue;
            }

            firstMarker = firstMarker < 0 ? index : firstMarker;
        }

        if (format is null)
        {
            // A bit width or a quantization word without a format the schema knows: say so rather than guess.
            var unclassified = bits is not null || unreadable.Count > 0 ? name : null;
            return new WeightFormatReading(null, null, null, unclassified);
        }

        var unquantized = repoId.Substring(0, repoId.Length - name.Length) + string.Join("-", tokens.Take(firstMarker));
        var origin = siblings.FirstOrDefault(sibling => !string.Equals(sibling, repoId, StringComparison.OrdinalIgnoreCase)
            && string.Equals(Normal(sibling), Normal(unquantized), StringComparison.OrdinalIgnoreCase));
        return new WeightFormatReading(format, bits, origin, null);
    }

    /// <summary>Names compared without their separators, as authors write <c>example-7b</c> and <c>example_7b</c> alike.</summary>
    private static string Normal(string repoId) => Regex.Replace(repoId, "[-_.]", "");
}

/// <summary>What a repository name says of its weights; <see cref="Unclassified"/> names what could not be read.</summary>
internal sealed record WeightFormatReading(string? Format, int? Bits, string? QuantizedFrom, string? Unclassified);
