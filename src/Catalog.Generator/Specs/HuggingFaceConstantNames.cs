using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Authoring.Naming;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>
/// Names the Hugging Face id constants of one model (<c>HuggingFaceIds.Model.Name</c>). Every distinct repo gets a
/// constant; a repo listed again (ignoring case, as the Hub does) gets none, and JLLM0212 reports the repeat.
/// Names are tried in order of readability:
/// <list type="number">
/// <item>the repo name: <c>sbintuitions/sarashina2-7b</c> → <c>Sarashina2__7B</c>;</item>
/// <item>where that is shared with another variant, the enclosing class or an inherited member, owner and name:
/// <c>SbintuitionsSarashina2__7B</c>;</item>
/// <item>where even that is taken (<c>org/a.b</c>, <c>org/a-b</c> and <c>org/a_b</c> all read <c>OrgAB</c>), the
/// repo id spelt out, lower-cased, with each other character written as <c>_</c> and a letter: <c>org_sa_db</c>,
/// <c>org_sa_hb</c>, <c>org_sa_ub</c>.</item>
/// </list>
/// A readable name longer than <see cref="IdentifierNamer.MaxMemberNameLength"/> is cut after its last whole word that
/// fits (repo names run up to 96 characters); where two cut names meet, the next form is tried.
/// The spelt-out name is one-to-one with the repo id and holds '_' before a letter, which no readable name does
/// (<see cref="IdentifierNamer"/> writes '_' only before a digit or another '_'), so it never collides; it is not cut,
/// and is the one name that may pass the limit. The readable names are kept where they are free, so an unambiguous
/// catalog keeps the names it always had.
/// </summary>
internal static class HuggingFaceConstantNames
{
    public static string?[] Of(ModelRecord model, string className)
    {
        var variants = model.Variants;
        var shortNames = new string?[variants.Count];
        for (var index = 0; index < shortNames.Length; index++)
        {
            shortNames[index] = variants[index].HuggingFaceId is { } repoId ? Readable(repoId, qualified: false) : null;
        }

        var names = new string?[variants.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var repos = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < names.Length; index++)
        {
            if (variants[index].HuggingFaceId is not { } repoId || !repos.Add(repoId))
            {
                continue;
            }

            var name = shortNames[index]!;
            if (IsRepeated(shortNames, name) || !IsFree(name, className, taken))
            {
                name = Readable(repoId, qualified: true);
            }

            if (!IsFree(name, className, taken))
            {
                name = SpeltOut(repoId);
            }

            // Only an id without '/' (JLLM0213 reports it) can spell out to a name already taken.
            if (taken.Add(name))
            {
                names[index] = name;
            }
        }

        return names;
    }

    private static bool IsFree(string name, string className, HashSet<string> taken) =>
        name != className && !IdentifierNamer.ReservedMemberNames.Contains(name) && !taken.Contains(name);

    private static bool IsRepeated(string?[] names, string name)
    {
        var count = 0;
        foreach (var other in names)
        {
            if (other == name && ++count > 1)
            {
                return true;
            }
        }

        return false;
    }

    private static string Readable(string repoId, bool qualified)
    {
        var slash = repoId.IndexOf('/');
        var name = IdentifierNamer.ToIdentifier(repoId, qualified || slash < 0 ? 0 : slash + 1, lowerCase: true);
        return IdentifierNamer.Shorten(name, IdentifierNamer.MaxMemberNameLength);
    }

    /// <summary>ASCII letters lower-cased and digits as they are; '/', '-', '.', '_' as _s, _h, _d, _u; any other code unit as _x and four hex digits.</summary>
    internal static string SpeltOut(string repoId)
    {
        var name = new StringBuilder(repoId.Length * 2);
        if (repoId.Length == 0 || repoId[0] is >= '0' and <= '9')
        {
            name.Append('_');
        }

        foreach (var character in repoId)
        {
            _ = character switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => name.Append(character),
                >= 'A' and <= 'Z' => name.Append((char)(character - 'A' + 'a')),
                '/' => name.Append("_s"),
                '-' => name.Append("_h"),
                '.' => name.Append("_d"),
                '_' => name.Append("_u"),
                _ => name.Append("_x").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture)),
            };
        }

        return name.ToString();
    }
}
