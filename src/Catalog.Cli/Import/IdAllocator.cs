using System;
using System.Collections.Generic;
using System.Globalization;
using JapaneseLlm.Catalog.Model.Naming;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Hands out ids unique within one kind, also as C# names (the generator turns ids into members, and
/// <c>llm-jp-3.1</c> and <c>llm-jp-3-1</c> would collide there). A taken id gets <c>-2</c>, <c>-3</c>, …
/// in the order rows are imported, which is the list's order, so ids are stable across imports.
/// </summary>
internal sealed class IdAllocator
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> identifiers = new(StringComparer.Ordinal);
    private readonly string containerName;

    public IdAllocator(string containerName) => this.containerName = containerName;

    public string Allocate(string wanted, string fallback)
    {
        var slug = Slug.From(wanted);
        if (slug.Length == 0)
        {
            slug = Slug.From(fallback);
        }

        if (slug.Length == 0)
        {
            slug = "entry";
        }

        var candidate = slug;
        for (var suffix = 2; !IsFree(candidate); suffix++)
        {
            candidate = slug + "-" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        ids.Add(candidate);
        identifiers.Add(IdentifierNamer.ToIdentifier(candidate));
        return candidate;
    }

    private bool IsFree(string id)
    {
        var identifier = IdentifierNamer.ToIdentifier(id);
        return !ids.Contains(id) && !identifiers.Contains(identifier) && identifier != containerName
            && !System.Linq.Enumerable.Contains(IdentifierNamer.ReservedMemberNames, identifier);
    }
}
