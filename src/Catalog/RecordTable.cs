using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Threading;

namespace JapaneseLlm.Catalog;

/// <summary>
/// Holds one kind of catalog entry, building each entry the first time it is asked for, so that looking up
/// one model costs one small factory call rather than the construction of the whole catalog. Thread-safe:
/// a race may build an entry twice, but every caller sees the same instance. Used by generated code.
/// </summary>
/// <typeparam name="T">The entry type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RecordTable<T>
    where T : class
{
    private readonly T?[] items;
    private readonly Func<string[]> ids;
    private readonly Func<int, T> create;
    private IReadOnlyList<T>? all;
    private Dictionary<string, int>? indexById;

    /// <summary>Creates a table of <paramref name="count"/> entries built by <paramref name="create"/>.</summary>
    /// <param name="count">How many entries the table holds.</param>
    /// <param name="ids">Returns the entries' ids in table order; called once, on the first look-up by id.</param>
    /// <param name="create">Builds the entry at an index.</param>
    public RecordTable(int count, Func<string[]> ids, Func<int, T> create)
    {
        items = new T?[count];
        this.ids = ids ?? throw new ArgumentNullException(nameof(ids));
        this.create = create ?? throw new ArgumentNullException(nameof(create));
    }

    /// <summary>A table without entries, for a kind of record that a catalog compiled before it existed does not have.</summary>
    public static RecordTable<T> Empty { get; } = new(0, static () => Array.Empty<string>(), static index => throw new ArgumentOutOfRangeException(nameof(index)));

    /// <summary>How many entries the table holds.</summary>
    public int Count => items.Length;

    /// <summary>Every entry, in id order.</summary>
    public IReadOnlyList<T> All => all ??= BuildAll();

    /// <summary>The entry at <paramref name="index"/>, built on first use.</summary>
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

    /// <summary>The entry with id <paramref name="id"/> (ordinal comparison), or <see langword="null"/>.</summary>
    public T? Find(string id) => IndexById().TryGetValue(id, out var position) ? Get(position) : null;

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
        if (Volatile.Read(ref indexById) is { } existing)
        {
            return existing;
        }

        var allIds = ids();
        var built = new Dictionary<string, int>(allIds.Length, StringComparer.Ordinal);
        for (var index = 0; index < allIds.Length; index++)
        {
            built[allIds[index]] = index;
        }

        Volatile.Write(ref indexById, built);
        return built;
    }
}
