using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Lengths past which an entry would make uncompilable code. Ids become member names and Hugging Face ids
/// become constant names, and the compiler refuses a metadata name above 1,024 bytes (CS7013, reported only
/// when the assembly is written, far from the YAML). Such an entry is reported at its id and skipped.
/// </summary>
internal static class EntryLimits
{
    /// <summary>Twice the longest real id (about 250 characters); the member name adds at most one character.</summary>
    public const int MaxIdLength = 512;

    /// <summary>Hugging Face allows 96 characters for an owner and 96 for a repository name.</summary>
    public const int MaxHuggingFaceIdLength = 256;

    private const int QuotedLength = 40;

    public static void RemoveOverlong(List<LocatedEntry> entries, List<CatalogDiagnostic> diagnostics) =>
        entries.RemoveAll(located => IsOverlong(located.Entry, located.Locations, diagnostics));

    private static bool IsOverlong(CatalogEntry entry, EntryLocations locations, List<CatalogDiagnostic> diagnostics)
    {
        if (entry.Id.Length > MaxIdLength)
        {
            diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.InvalidValue, entry.Path, locations.Id, "id", Quote(entry.Id), $"ids have at most {MaxIdLength} characters"));
            return true;
        }

        var overlong = false;
        if (entry is ModelRecord model)
        {
            for (var index = 0; index < model.Variants.Count; index++)
            {
                if (model.Variants[index].HuggingFaceId is { Length: > MaxHuggingFaceIdLength } repoId)
                {
                    diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.InvalidValue, entry.Path, locations.ItemSpan("variants", index), "hf", Quote(repoId), $"Hugging Face repo ids have at most {MaxHuggingFaceIdLength} characters"));
                    overlong = true;
                }
            }
        }

        return overlong;
    }

    private static string Quote(string value) => value.Substring(0, QuotedLength) + "…";
}
