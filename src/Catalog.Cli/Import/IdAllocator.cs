using System;
using System.Collections.Generic;
using System.Globalization;
using JapaneseLlm.Catalog.Model.Naming;
using JapaneseLlm.Catalog.Model.Validation;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Hands out ids unique within one kind, also as C# names (the generator turns ids into members, and
/// <c>llm-jp-3.1</c> and <c>llm-jp-3-1</c> would collide there). A taken id gets <c>-2</c>, <c>-3</c>, …
/// in the order rows are imported, which is the list's order, so ids are stable across imports.
/// </summary>
internal sealed class IdAllocator
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> identifiers = new(CatalogValidator.IdentifierComparer);
    private readonly string kindName;

    /// <param name="kindName">The record kind (<c>model</c>, <c>benchmark</c>, <c>paper</c>), whose generated names the ids must fit.</param>
    public IdAllocator(string kindName) => this.kindName = kindName;

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
        // The validator's own rules, so that the importer never hands out an id the build would reject.
        return !ids.Contains(id) && !identifiers.Contains(identifier) && !CatalogValidator.IsReservedIdentifier(kindName, identifier);
    }
}
