using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Evaluations;

/// <summary>
/// Gives the catalog's variants the days their repositories were published, as a leaderboard states them. A date the
/// catalog already holds is kept (a maintainer may have corrected it), and a disagreement is reported; a repository the
/// leaderboard dates twice differently is left undated and reported.
/// </summary>
internal static class ReleaseDateFill
{
    public static ReleaseFillResult Apply(IReadOnlyList<ModelRecord> models, IReadOnlyList<LeaderboardEntry> entries)
    {
        var notes = new List<string>();
        var dates = new Dictionary<string, LeaderboardEntry>(System.StringComparer.OrdinalIgnoreCase);
        var conflicting = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.Where(entry => entry.Released is not null))
        {
            if (!dates.TryGetValue(entry.Repository, out var first))
            {
                dates.Add(entry.Repository, entry);
            }
            else if (first.Released != entry.Released && conflicting.Add(entry.Repository))
            {
                notes.Add($"{entry.File}:{entry.Line}: {entry.Repository} is dated {entry.Released} here and {first.Released} at {first.File}:{first.Line}; left undated");
            }
        }

        var changed = new List<ModelRecord>();
        var (matched, added) = (0, 0);
        foreach (var model in models)
        {
            var variants = model.Variants.Select(variant =>
            {
                if (variant.HuggingFaceId is not { } repository || conflicting.Contains(repository) || !dates.TryGetValue(repository, out var entry))
                {
                    return variant;
                }

                matched++;
                if (variant.Released is { } held && held != entry.Released)
                {
                    notes.Add($"{model.Path}: {repository} is dated {held} in the catalog and {entry.Released} at {entry.File}:{entry.Line}; the catalog's date is kept");
                }

                if (variant.Released is not null)
                {
                    return variant;
                }

                added++;
                return variant with { Released = entry.Released };
            }).ToEquatableArray();
            if (!variants.Equals(model.Variants))
            {
                changed.Add(model with { Variants = variants });
            }
        }

        return new ReleaseFillResult(changed, matched, added, dates.Count, notes);
    }
}

/// <summary>
/// What <see cref="ReleaseDateFill"/> did: the models whose variants got dates, the variants the leaderboard names,
/// the dates added, the repositories it dates, and what it could not decide.
/// </summary>
internal sealed record ReleaseFillResult(IReadOnlyList<ModelRecord> Changed, int Matched, int Added, int Dated, IReadOnlyList<string> Notes);
