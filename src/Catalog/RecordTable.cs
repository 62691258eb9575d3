using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;

namespace JapaneseLlm.Catalog;

/// <summary>
/// Holds one kind of catalog entry, building each entry the first time it is asked for. Looking up one
/// model therefore costs one small factory call, not the construction of the whole catalog.
/// Thread-safe: a race may build an entry twice, but every caller sees the same instance.
/// </summary>
internal sealed class RecordTable<T>
    where T : class
{
    private readonly T?[] items;
    private readonly Func<string[]> ids;
    private readonly Func<int, T> create;
    private IReadOnlyList<T>? all;
    private Dictionary<string, int>? indexById;

    public RecordTable(int count, Func<string[]> ids, Func<int, T> create)
    {
        items = new T?[count];
        this.ids = ids;
        this.create = create;
    }

    public int Count => items.Length;

    public T Get(int index)
    {
        var item = Volatile.Read(ref items[index]);
        if (item is not null)
        {
            return item;
        }

        Interlocked.CompareExchange(ref items[index], create(index), null);
        return items[index]!;
    }

    /// <summary>Every entry, in id order.</summary>
    public IReadOnlyList<T> All => all ??= BuildAll();

    public T? Find(string id)
    {
        var index = IndexById();
        return index.TryGetValue(id, out var position) ? Get(position) : null;
    }

    private IReadOnlyList<T> BuildAll()
    {
        var result = new T[items.Length];
        for (var index = 0; index < result.Length; index++)
        {
            result[index] = Get(index);
        }

        return new ReadOnlyCollection<T>(result);
    }

    private Dictionary<string, int> IndexById()
    {
        if (indexById is { } existing)
        {
            return existing;
        }

        var allIds = ids();
        var built = new Dictionary<string, int>(allIds.Length, StringComparer.Ordinal);
        for (var index = 0; index < allIds.Length; index++)
        {
            built[allIds[index]] = index;
        }

        return indexById = built;
    }
}
