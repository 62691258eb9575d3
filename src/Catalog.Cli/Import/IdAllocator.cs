using System;
using System.Collections.Generic;
using System.Globalization;
using JapaneseLlm.Catalog.Authoring.Naming;
using JapaneseLlm.Catalog.Authoring.Validation;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Hands out ids unique within one kind, also as C# names (the generator turns ids into members, and
/// <c>Example LM 3.1</c> and <c>example-lm-3.1</c> would collide there). A taken id gets <c>-2</c>, <c>-3</c>, …
/// in the order rows are imported, which is the list's order, so ids are stable across imports.
/// Record ids are at most <see cref="IdentifierNamer.MaxIdLength"/> characters: a cell that lists several models
/// (five reranker repos in one row) would otherwise name a 249-character member and a 295-character path. A longer
/// slug is replaced by the first listed name's, and cut at the last word that fits if that is still too long.
/// </summary>
internal sealed class IdAllocator
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> identifiers = new(CatalogValidator.IdentifierComparer);
    private readonly string kindName;
    private readonly int maxLength;

    /// <param name="kindName">The record kind (<c>model</c>, <c>benchmark</c>, <c>paper</c>), whose generated names the ids must fit.</param>
    /// <param name="maxLength">
    /// The longest id: <see cref="IdentifierNamer.MaxIdLength"/> for records, whose ids name their files too; a registry
    /// entry's id names a member only (<see cref="IdentifierNamer.MaxTypeNameLength"/>).
    /// </param>
    public IdAllocator(string kindName, int maxLength = IdentifierNamer.MaxIdLength)
    {
        this.kindName = kindName;
        this.maxLength = maxLength;
    }

    /// <param name="wanted">The text to make the id of, usually the name as the list shows it.</param>
    /// <param name="fallback">The text to use when <paramref name="wanted"/> has no letter or digit.</param>
    /// <param name="firstName">Where the cell lists several names, the first: used when <paramref name="wanted"/> is too long.</param>
    public string Allocate(string wanted, string fallback, string? firstName = null)
    {
        var slug = Slug.From(wanted);
        if (slug.Length > maxLength && firstName is not null && Slug.From(firstName).Length > 0)
        {
            slug = Slug.From(firstName);
        }

        if (slug.Length == 0)
        {
            slug = Slug.From(fallback);
        }

        if (slug.Length == 0)
        {
            slug = "entry";
        }

        var candidate = Slug.Shorten(slug, maxLength);
        for (var suffix = 2; !IsFree(candidate); suffix++)
        {
            var ending = "-" + suffix.ToString(CultureInfo.InvariantCulture);
            candidate = Slug.Shorten(slug, maxLength - ending.Length) + ending;
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
