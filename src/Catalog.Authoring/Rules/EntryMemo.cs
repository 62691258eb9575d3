using System;
using System.Runtime.CompilerServices;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// What an entry-local rule computed for an entry, kept as long as the entry lives. Entries are immutable, and an edit
/// re-parses only the edited file, so while a maintainer types (the language server, the analyzers) every other
/// entry's result is reused: the rule's cost follows the edited file, not the catalog.
/// </summary>
internal sealed class EntryMemo<T>
    where T : class
{
    private readonly ConditionalWeakTable<CatalogEntry, T> results = new();
    private readonly ConditionalWeakTable<CatalogEntry, T>.CreateValueCallback compute;

    public EntryMemo(Func<CatalogEntry, T> compute) => this.compute = entry => compute(entry);

    public T Of(CatalogEntry entry) => results.GetValue(entry, compute);
}
