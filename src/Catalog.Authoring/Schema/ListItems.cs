using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>How the reader makes the items of a list of mappings: an empty item to read the keys into, and the list of those read.</summary>
public abstract class ListItems
{
    private protected ListItems()
    {
    }

    public abstract Type ItemType { get; }

    public abstract object Empty();

    public abstract object ListOf(IEnumerable<object> items);

    /// <summary>The items of a list value, for writers.</summary>
    public static IEnumerable<object> Of(object? list) => list is IEnumerable items ? items.Cast<object>() : Enumerable.Empty<object>();

    public static ListItems Of<TItem>(Func<TItem> empty)
        where TItem : IEquatable<TItem> => new Typed<TItem>(empty);

    private sealed class Typed<TItem> : ListItems
        where TItem : IEquatable<TItem>
    {
        private readonly Func<TItem> empty;

        public Typed(Func<TItem> empty) => this.empty = empty;

        public override Type ItemType => typeof(TItem);

        public override object Empty() => empty()!;

        public override object ListOf(IEnumerable<object> items) => items.Cast<TItem>().ToEquatableArray();
    }
}
